import { fail } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import { formError, formErrorsFromProblem } from '#lib/forms/form-errors.ts';
import { templateChoices } from '#lib/options-reviews/scheme-start.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { correctTender } from '#lib/services/tender-workflow.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import { readTender } from '#lib/server/tender-reads.ts';
import {
  readCorrections,
  readSchemeVersions,
  readTenderNotices,
} from '#lib/server/tender-workflow-reads.ts';
import { correctionValues, readCorrection } from '#lib/tenders/correction-form.ts';
import type { Actions, PageServerLoad } from './$types';

// The published scheme versions of every lot with their commitments, the corrections that made
// the later ones with their reasons and deadlines, the correction form while the submission
// period runs, and the notices sent about the tender with their delivery state.

type EvaluationScheme = components['schemas']['EvaluationScheme'];

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const api = apiFor(event);
  const cursor = event.url.searchParams.get('notices') ?? undefined;
  if (tender.state === 'draft') {
    return { versions: [], corrections: [], templates: [], notices: null, laterNotices: false };
  }
  const [versions, corrections, templates, notices] = await Promise.all([
    readSchemeVersions(api, tender.id, event.url),
    readCorrections(api, tender.id),
    tender.actions.correct ? templateChoices(api, getLocale()) : [],
    readTenderNotices(api, tender.id, cursor, event.url),
  ]);
  return { versions, corrections, templates, notices, laterNotices: cursor !== undefined };
};

export const actions = {
  correct: async (event) => {
    const data = await event.request.formData();
    const api = apiFor(event);
    const tender = await readTender(api, event.params.tenderId, event.url);
    const values = correctionValues(
      data,
      tender.lots.map((lot) => lot.number),
    );
    const templates = await templateChoices(api, getLocale());
    const reading = readCorrection(values, new Set(templates.map((template) => template.id)));
    if (!reading.ok) return fail(400, { values, errors: reading.errors, done: null });
    const plan = reading.plan;

    // A template in place of a lot's scheme: its scheme, which the API dates and places on the
    // tender (its submission deadline and regime) like the published one.
    const lots: { lotNumber: number; scheme: EvaluationScheme }[] = [];
    for (const { lotNumber, templateId } of plan.templates) {
      const answer = await api
        .GET('/api/v1/templates/{templateId}', { params: { path: { templateId } } })
        .catch(() => undefined);
      if (!answer?.data) {
        return fail(503, { values, errors: formError('problem_unavailable'), done: null });
      }
      lots.push({ lotNumber, scheme: answer.data.scheme });
    }

    const result = await correctTender(api, {
      tenderId: tender.id,
      correction: {
        version: Number(data.get('version')) || tender.version,
        reason: plan.reason,
        material: plan.material,
        lots,
        ...(plan.submissionDeadline && { submissionDeadline: plan.submissionDeadline }),
        ...(plan.questionsDeadline && { questionsDeadline: plan.questionsDeadline }),
      },
    });
    if (result.ok) {
      const correction = result.correction;
      return {
        values: null,
        errors: null,
        done: {
          number: correction.number,
          submissionDeadline: correction.submissionDeadline,
          questionsDeadline: correction.questionsDeadline,
          previousSubmissionDeadline: correction.previousSubmissionDeadline,
          extension: correction.extension,
          noticesSent: correction.noticesSent,
          versions: correction.schemeVersions.filter((version) => version !== null),
        },
      };
    }
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      values,
      done: null,
      errors: formErrorsFromProblem(result.problem, {
        fields: {
          '/reason': 'reason',
          '/submissionDeadline': {
            field: 'submissionDeadline',
            message: 'tender_flow_correction_deadline_refused',
          },
          '/questionsDeadline': {
            field: 'questionsDeadline',
            message: 'tender_flow_correction_deadline_refused',
          },
        },
        problems: { conflict: 'tender_flow_correction_conflict' },
      }),
    });
  },
} satisfies Actions;
