import { fail, redirect } from '@sveltejs/kit';
import { textField } from '#lib/forms/form-data.ts';
import { formError, formErrorsFromProblem, type FormErrors } from '#lib/forms/form-errors.ts';
import { basisPointsOf } from '#lib/options-reviews/what-if.ts';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { adoptWeights } from '#lib/services/options-review.service.ts';
import { apiFor } from '#lib/server/api.ts';
import { failedRead, readScoring } from '#lib/server/options-review-reads.ts';
import { leaveIfSessionEnded } from '#lib/server/require-user.ts';
import type { Actions, PageServerLoad } from './$types';
import { adoptedFlag, whatIfWeightField } from './adopt-form.ts';
import { resultsView } from './results-view.ts';

// The results are computed by the API from the scheme, the options and the consensus scores;
// the page turns them into tables and chart geometry in the user's language. A 409 means they
// cannot be computed yet (scores, values or prices missing) or are not yet for this member to
// see (the scoring is blind until they submit); the page says which in its own words.
export const load: PageServerLoad = async (event) => {
  const { review, rights } = await event.parent();
  if (review.latestSchemeVersion === null) return { view: null, unavailable: 'noScheme' as const };
  const api = apiFor(event);
  const answer = await api.GET('/api/v1/options-reviews/{reviewId}/results', {
    params: { path: { reviewId: review.id }, query: {} },
  });
  if (answer.response.status === 409) {
    const blind =
      !rights.manage &&
      review.status !== 'concluded' &&
      (await readScoring(api, review.id, event.url)).mine.submittedAt === null;
    return { view: null, unavailable: blind ? ('blind' as const) : ('incomplete' as const) };
  }
  const results = answer.data ?? failedRead(answer.response.status, event.url);
  const pair = {
    a: event.url.searchParams.get('a') ?? undefined,
    b: event.url.searchParams.get('b') ?? undefined,
  };
  return {
    view: resultsView(results, getLocale(), pair),
    schemeVersion: results.schemeVersion,
    weights: results.weights,
    unavailable: null,
  };
};

/** What the what-if panel shows again after a refused adoption: nothing the lead set is lost. */
function refusedAdoption(
  status: number,
  positions: Record<string, number>,
  reason: string,
  errors: FormErrors,
) {
  return fail(status, { whatIfAdopt: { positions, reason, errors } });
}

export const actions = {
  // The lead adopts the what-if sliders' weights (ADR 0026, kind `custom`): each sibling set in
  // whole basis points summing to exactly 10,000 by the largest remainder. The API decides who
  // may; the page only offers the form to the lead of an open review.
  adopt: async (event) => {
    const { reviewId } = event.params;
    const data = await event.request.formData();
    const reason = textField(data, 'reason');
    const positions: Record<string, number> = {};
    for (const [name, value] of data) {
      if (typeof value !== 'string' || !name.startsWith(whatIfWeightField)) continue;
      const step = Number(value);
      if (value.trim() === '' || !Number.isFinite(step)) continue;
      positions[name.slice(whatIfWeightField.length)] = Math.min(
        100,
        Math.max(0, Math.round(step)),
      );
    }
    if (reason.trim() === '') {
      return refusedAdoption(400, positions, reason, {
        form: null,
        fields: { reason: [{ key: 'review_adopt_reason_required' }] },
      });
    }
    const api = apiFor(event);
    const answer = await api.GET('/api/v1/options-reviews/{reviewId}/results', {
      params: { path: { reviewId }, query: {} },
    });
    if (answer.response.status !== 409 && !answer.data) {
      failedRead(answer.response.status, event.url);
    }
    // The sliders belong to the scheme version the page showed; a newer one has other nodes.
    const shown = Number(textField(data, 'schemeVersion'));
    if (!answer.data?.whatIf || answer.data.schemeVersion !== shown) {
      return refusedAdoption(409, positions, reason, formError('review_weighting_conflict'));
    }
    const result = await adoptWeights(api, {
      reviewId,
      schemeVersion: shown,
      kind: 'custom',
      weightsBp: basisPointsOf(answer.data.whatIf, positions),
      reason: reason.trim(),
    });
    if (result.ok) {
      redirect(
        303,
        `${localizeHref(`/reviews/${reviewId}/results`)}?${adoptedFlag}#what-if-adopted`,
      );
    }
    leaveIfSessionEnded(result, event.url);
    const errors = formErrorsFromProblem(result.problem, {
      fields: { '/reason': 'reason' },
      problems: { conflict: 'review_weighting_conflict', 'not-found': 'review_scoring_gone' },
    });
    if (result.problem.status === 422 && errors.form !== null) {
      errors.form = { key: 'results_whatif_adopt_unfit' };
    }
    return refusedAdoption(result.problem.status, positions, reason, errors);
  },
} satisfies Actions;
