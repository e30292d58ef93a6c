import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { readScoreSheet, sheetValues } from '#lib/options-reviews/score-form.ts';
import { localizeHref } from '#lib/paraglide/runtime.js';
import {
  recordConsensus,
  saveScoreSheet,
  submitScoreSheet,
} from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import {
  readAllOptions,
  readSchemeVersion,
  readScoring,
} from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { sheetCells } from './sheet-cells.ts';

export const load: PageServerLoad = async (event) => {
  const { review } = await event.parent();
  if (review.latestSchemeVersion === null) {
    return { scoring: null, scheme: null, options: [], values: {}, confirmSubmit: false };
  }
  const api = apiFor(event);
  const [scoring, options] = await Promise.all([
    readScoring(api, review.id, event.url),
    readAllOptions(api, review.id, event.url),
  ]);
  const { scheme } = await readSchemeVersion(api, review.id, scoring.schemeVersion, event.url);
  return {
    scoring,
    scheme,
    options,
    values: sheetValues(scoring.mine.scores),
    confirmSubmit: event.url.searchParams.get('confirm') === 'submit',
    done: event.url.searchParams.get('done'),
  };
};

const scoringHref = (reviewId: string, query?: Record<string, string>) =>
  `${localizeHref(`/reviews/${reviewId}/scoring`)}${query ? `?${new URLSearchParams(query)}` : ''}`;

/** A refusal in the page's language; the API's English details never reach the page. */
function refused(problem: Parameters<typeof formErrorsFromProblem>[0]): FormErrors {
  return formErrorsFromProblem(problem, {
    problems: { conflict: 'review_scoring_conflict', 'not-found': 'review_scoring_gone' },
  });
}

async function formValues(event: RequestEvent): Promise<Record<string, string>> {
  const data = await event.request.formData();
  return Object.fromEntries([...data.keys()].map((name) => [name, textField(data, name)] as const));
}

export const actions = {
  save: async (event) => {
    const { reviewId } = event.params;
    const api = apiFor(event);
    const values = await formValues(event);
    const schemeVersion = Number(values.schemeVersion);
    const { scheme } = await readSchemeVersion(api, reviewId, schemeVersion, event.url);
    const reading = readScoreSheet(
      values,
      sheetCells(scheme, await readAllOptions(api, reviewId, event.url)),
    );
    if (!reading.ok) {
      const fields = Object.fromEntries(
        Object.entries(reading.errors).map(([field, keys]) => [
          field,
          keys.map((key) => ({ key })),
        ]),
      );
      return fail(400, {
        values,
        errors: { form: { key: 'review_score_check_fields' as const }, fields },
      });
    }
    const result = await saveScoreSheet(api, { reviewId, schemeVersion, scores: reading.scores });
    if (result.ok) redirect(303, scoringHref(reviewId, { done: 'saved' }));
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, { values, errors: refused(result.problem) });
  },

  submit: async (event) => {
    const { reviewId } = event.params;
    const values = await formValues(event);
    const result = await submitScoreSheet(apiFor(event), {
      reviewId,
      schemeVersion: Number(values.schemeVersion),
    });
    if (result.ok) redirect(303, scoringHref(reviewId, { done: 'submitted' }));
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      submitError: formErrorsFromProblem(result.problem, {
        problems: { conflict: 'review_score_submit_conflict' },
      }).form,
    });
  },

  consensus: async (event) => {
    const { reviewId } = event.params;
    const values = await formValues(event);
    const cell = { optionId: values.optionId ?? '', criterionId: values.criterionId ?? '' };
    const score = Number(values.score);
    const justification = (values.justification ?? '').trim();
    const fields: FormErrors['fields'] = {};
    if (values.score === undefined || values.score === '') {
      fields.score = [{ key: 'review_score_level_required' }];
    }
    if (justification === '')
      fields.justification = [{ key: 'review_score_justification_required' }];
    if (Object.keys(fields).length > 0) {
      return fail(400, { consensusFor: cell, values, errors: { form: null, fields } });
    }
    const result = await recordConsensus(apiFor(event), {
      reviewId,
      schemeVersion: Number(values.schemeVersion),
      ...cell,
      score,
      justification,
    });
    if (result.ok) redirect(303, scoringHref(reviewId, { done: 'consensus' }));
    leaveIfSessionEnded(result, event.url);
    return fail(result.problem.status, {
      consensusFor: cell,
      values,
      errors: refused(result.problem),
    });
  },
} satisfies Actions;
