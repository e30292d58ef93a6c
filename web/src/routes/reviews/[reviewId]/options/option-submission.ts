import type { RequestEvent } from '@sveltejs/kit';
import type { ApiClient } from '#lib/api/client.ts';
import type { ApiProblem } from '#lib/api/problem.ts';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import {
  readOptionForm,
  submittedValues,
  type FieldValues,
  type OptionReading,
} from '#lib/options-reviews/offer-form.ts';
import type { EvaluationScheme } from '#lib/options-reviews/scheme-tree.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import { readSchemeVersion } from '#lib/server/options-review-reads.ts';

// What the form actions of an option share: reading the submitted form against the scheme version
// it was shown for, and turning a refusal into messages next to the fields.

export interface Submission {
  values: FieldValues;
  /** The scheme version the form was shown for; null while the review has no scheme. */
  schemeVersion: number | null;
  reading: OptionReading;
}

export async function readSubmission(event: RequestEvent, api: ApiClient): Promise<Submission> {
  const data = await event.request.formData();
  const values = submittedValues(data);
  const shown = Number(textField(data, 'schemeVersion')) || null;
  let scheme: EvaluationScheme | null = null;
  if (shown !== null) {
    const reviewId = event.params.reviewId ?? '';
    scheme = (await readSchemeVersion(api, reviewId, shown, event.url)).scheme;
  }
  return { values, schemeVersion: shown, reading: readOptionForm(scheme, values, getLocale()) };
}

/** The form's own errors, for a form that could not be read. */
export function readingErrors(reading: Extract<OptionReading, { ok: false }>): FormErrors {
  return {
    form: { key: 'review_option_check_fields' },
    fields: Object.fromEntries(
      Object.entries(reading.errors).map(([field, keys]) => [field, keys.map((key) => ({ key }))]),
    ),
  };
}

/** The API's refusal as messages next to the fields it names. */
export function refusalErrors(
  problem: ApiProblem,
  fieldOfPointer: Record<string, string>,
): FormErrors {
  const fields = Object.fromEntries(
    Object.entries(fieldOfPointer).map(([pointer, field]) => [
      pointer,
      field === 'name'
        ? { field, message: 'review_option_name_refused' as const }
        : { field, message: 'form_field_invalid' as const },
    ]),
  );
  return formErrorsFromProblem(problem, {
    fields,
    problems: { 'not-found': 'review_option_gone' },
  });
}
