import { passwordProblemCodes, type ProblemTypeSlug } from '@tenderwise/schema';
import type { ApiProblem } from '#lib/api/problem.ts';
import type { Message, MessageKey } from '#lib/i18n/message.ts';

/**
 * What a form shows after a refused submission: messages next to the fields they concern, and
 * one for the form as a whole when the problem belongs to no field. Plain data, so form actions
 * can return it.
 */
export interface FormErrors {
  form: Message | null;
  fields: Record<string, Message[]>;
}

/** How one form reads the API's problems. */
export interface ProblemReading {
  /**
   * The form's fields by the API's JSON pointer (`/newPassword` → `newPassword`), optionally with
   * the message to show. Without one, password policy codes become their own messages and any
   * other detail (English prose from the API) becomes a generic "invalid value".
   */
  fields?: Record<string, string | { field: string; message: MessageKey }>;
  /** Form-level messages for problem types that mean something specific to this form. */
  problems?: Partial<Record<ProblemTypeSlug, MessageKey>>;
}

export const noErrors: FormErrors = { form: null, fields: {} };

/** A form-level message only. */
export function formError(key: MessageKey, values?: Message['values']): FormErrors {
  return { form: values ? { key, values } : { key }, fields: {} };
}

/**
 * Turns an API problem into messages for a form, never passing the API's English text on: field
 * errors go next to their field, password policy codes become their translated rule, a 429 says
 * how long to wait, and anything unknown gets a translated generic message.
 */
export function formErrorsFromProblem(
  problem: ApiProblem,
  reading: ProblemReading = {},
): FormErrors {
  const fields: Record<string, Message[]> = {};
  let unplaced = false;
  if (problem.slug === 'validation-failed' || problem.slug === null) {
    for (const error of problem.errors) {
      const rule = reading.fields?.[error.pointer];
      if (rule === undefined) {
        unplaced = true;
        continue;
      }
      const field = typeof rule === 'string' ? rule : rule.field;
      const message: Message =
        typeof rule === 'string' ? fieldMessage(error.detail) : { key: rule.message };
      const list = (fields[field] ??= []);
      if (!list.some((known) => known.key === message.key)) list.push(message);
    }
  }
  const specific = problem.slug === null ? undefined : reading.problems?.[problem.slug];
  if (specific) return { form: { key: specific }, fields };
  if (Object.keys(fields).length > 0 && !unplaced) return { form: null, fields };
  return { form: generalMessage(problem), fields };
}

/** The message for a field's error detail: a password policy code, or a generic one. */
function fieldMessage(detail: string): Message {
  if ((passwordProblemCodes as readonly string[]).includes(detail)) {
    return { key: `password_${detail.replaceAll('-', '_')}` as MessageKey };
  }
  return { key: 'form_field_invalid' };
}

function generalMessage(problem: ApiProblem): Message {
  switch (problem.slug) {
    case 'too-many-requests':
      return {
        key: 'problem_too_many_requests',
        values: { minutes: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) },
      };
    case 'unauthenticated':
      return { key: 'problem_unauthenticated' };
    case 'forbidden':
      return { key: 'problem_forbidden' };
    case 'not-found':
      return { key: 'problem_not_found' };
    case 'conflict':
      return { key: 'problem_conflict' };
    case 'validation-failed':
    case 'malformed-request':
    case 'content-too-large':
      return { key: 'problem_invalid' };
    case 'service-unavailable':
      return { key: 'problem_unavailable' };
    default:
      return { key: 'problem_generic' };
  }
}
