import { textField } from '#lib/forms/form-data.ts';
import type { FormErrors } from '#lib/forms/form-errors.ts';
import { isCalendarDate } from '#lib/options-reviews/decimal-input.ts';
import { isLocalDateTime } from './berlin-time.ts';
import { periodReductions, type PeriodReduction } from './labels.ts';

// The deadlines form: the submission deadline and the end of the time for questions as Berlin
// wall-clock times, the bid validity period (Bindefrist) as a last day or a number of days, and
// the reductions of the minimum period claimed. The API computes and explains the checks.

export interface DeadlineValues {
  submissionDeadline: string;
  questionsDeadline: string;
  bidValidityUntil: string;
  bidValidityDays: string;
  periodReductions: PeriodReduction[];
}

export interface DeadlineInput {
  submissionDeadline: string;
  questionsDeadline?: string;
  bidValidityUntil?: string;
  bidValidityDays?: number;
  periodReductions: PeriodReduction[];
}

export type DeadlineReading =
  | { ok: true; input: DeadlineInput; values: DeadlineValues }
  | { ok: false; errors: FormErrors; values: DeadlineValues };

export function readDeadlineForm(data: FormData): DeadlineReading {
  const values: DeadlineValues = {
    submissionDeadline: textField(data, 'submissionDeadline').trim(),
    questionsDeadline: textField(data, 'questionsDeadline').trim(),
    bidValidityUntil: textField(data, 'bidValidityUntil').trim(),
    bidValidityDays: textField(data, 'bidValidityDays').trim(),
    periodReductions: periodReductions.filter((reduction) =>
      data.getAll('periodReductions').includes(reduction),
    ),
  };
  const fields: FormErrors['fields'] = {};
  if (values.submissionDeadline === '') {
    fields.submissionDeadline = [{ key: 'form_field_required' }];
  } else if (!isLocalDateTime(values.submissionDeadline)) {
    fields.submissionDeadline = [{ key: 'tenders_deadline_time_invalid' }];
  }
  if (values.questionsDeadline !== '' && !isLocalDateTime(values.questionsDeadline)) {
    fields.questionsDeadline = [{ key: 'tenders_deadline_time_invalid' }];
  }
  if (values.bidValidityUntil !== '' && !isCalendarDate(values.bidValidityUntil)) {
    fields.bidValidityUntil = [{ key: 'tenders_value_date_invalid' }];
  }
  let days: number | undefined;
  if (values.bidValidityDays !== '') {
    days = Number(values.bidValidityDays);
    if (!Number.isInteger(days) || days < 1 || days > 365) {
      fields.bidValidityDays = [{ key: 'tenders_bid_validity_days_invalid' }];
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, errors: { form: null, fields }, values };
  return {
    ok: true,
    values,
    input: {
      submissionDeadline: values.submissionDeadline,
      ...(values.questionsDeadline !== '' && { questionsDeadline: values.questionsDeadline }),
      // A last day given wins over a number of days; without either the API takes 60 days.
      ...(values.bidValidityUntil !== ''
        ? { bidValidityUntil: values.bidValidityUntil }
        : days !== undefined && { bidValidityDays: days }),
      periodReductions: values.periodReductions,
    },
  };
}
