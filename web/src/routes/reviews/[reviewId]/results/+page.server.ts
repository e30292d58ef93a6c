import { apiFor } from '#lib/server/api.ts';
import { failedRead, readScoring } from '#lib/server/options-review-reads.ts';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { PageServerLoad } from './$types';
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
