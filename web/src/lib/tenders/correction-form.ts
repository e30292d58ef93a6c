import type { FormErrors } from '#lib/forms/form-errors.ts';
import { isLocalDateTime } from './berlin-time.ts';

// The correction form of a published tender (§ 20 (3) VgV): the reason the bidders are told,
// whether the change is material, optionally new deadlines in Berlin wall-clock time (left
// empty, the API takes the earliest the correction requires), and for each lot either its
// scheme as published or the scheme of a template in its place (`scheme:<lot>` = `keep` or
// `template:<id>`).

export interface CorrectionPlan {
  reason: string;
  material: boolean;
  submissionDeadline?: string;
  questionsDeadline?: string;
  /** The lots whose scheme is replaced, with the template that replaces it. */
  templates: { lotNumber: number; templateId: string }[];
}

export interface CorrectionValues {
  reason: string;
  material: boolean;
  submissionDeadline: string;
  questionsDeadline: string;
  schemes: Record<string, string>;
}

const templatePattern = /^template:([a-z0-9][a-z0-9.-]{0,79})$/;

/** What the form holds, as typed (for showing it again). */
export function correctionValues(data: FormData, lotNumbers: readonly number[]): CorrectionValues {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    reason: text('reason').trim(),
    material: text('material') === 'true',
    submissionDeadline: text('submissionDeadline').trim(),
    questionsDeadline: text('questionsDeadline').trim(),
    schemes: Object.fromEntries(lotNumbers.map((lot) => [String(lot), text(`scheme:${lot}`)])),
  };
}

/** The correction the form asks for, or the messages for the fields that are not right. */
export function readCorrection(
  values: CorrectionValues,
  templateIds: ReadonlySet<string>,
): { ok: true; plan: CorrectionPlan } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = { form: null, fields: {} };
  if (values.reason === '') errors.fields.reason = [{ key: 'form_field_required' }];
  for (const name of ['submissionDeadline', 'questionsDeadline'] as const) {
    if (values[name] !== '' && !isLocalDateTime(values[name])) {
      errors.fields[name] = [{ key: 'tender_flow_correction_deadline_invalid' }];
    }
  }
  const templates: CorrectionPlan['templates'] = [];
  for (const [lot, choice] of Object.entries(values.schemes)) {
    if (choice === '' || choice === 'keep') continue;
    const templateId = templatePattern.exec(choice)?.[1];
    if (templateId === undefined || !templateIds.has(templateId)) {
      errors.fields[`scheme:${lot}`] = [{ key: 'form_field_invalid' }];
      continue;
    }
    templates.push({ lotNumber: Number(lot), templateId });
  }
  if (Object.keys(errors.fields).length > 0) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      reason: values.reason,
      // A changed scheme is always material (§ 20 (3) S. 1 Nr. 2 VgV); the API says so too.
      material: values.material || templates.length > 0,
      ...(values.submissionDeadline !== '' && { submissionDeadline: values.submissionDeadline }),
      ...(values.questionsDeadline !== '' && { questionsDeadline: values.questionsDeadline }),
      templates,
    },
  };
}
