import { error } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { sessionEnded } from './require-user.ts';

// Reads of an options review for the pages' loads. A review the caller may not know of answers
// 404 exactly like one that does not exist, and so does the page.

type Review = components['schemas']['OptionsReviewResponse'];
type Option = components['schemas']['OptionResponse'];
type Candidate = components['schemas']['OptionsReviewMemberCandidate'];
type SchemeVersion = components['schemas']['SchemeVersionResponse'];

/** What a load does with an answer that is not a success: to the login, 404, or 503. */
export function failedRead(status: number, url: URL): never {
  if (status === 401) sessionEnded(url);
  // A malformed id (422) names a page that does not exist, too.
  if (status === 404 || status === 422) error(404, 'Not found');
  if (status === 403) error(403, 'Not allowed');
  error(503, 'Options review unavailable');
}

export async function readReview(api: ApiClient, reviewId: string, url: URL): Promise<Review> {
  const answer = await api.GET('/api/v1/options-reviews/{reviewId}', {
    params: { path: { reviewId } },
  });
  return answer.data ?? failedRead(answer.response.status, url);
}

/** A scheme version by number, or the latest. */
export async function readSchemeVersion(
  api: ApiClient,
  reviewId: string,
  version: number | 'latest',
  url: URL,
): Promise<SchemeVersion> {
  const answer = await api.GET('/api/v1/options-reviews/{reviewId}/scheme-versions/{version}', {
    params: { path: { reviewId, version: String(version) } },
  });
  return answer.data ?? failedRead(answer.response.status, url);
}

/**
 * Every item of a paginated list, page after page of the largest size, up to `maxPages` pages:
 * enough for any review's options or an authority's people, and a bound should a list grow
 * beyond what one page of a browser can usefully show.
 */
async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let count = 0; count < maxPages; count++) {
    const next = await page(cursor);
    items.push(...next.items);
    if (next.nextCursor === null) break;
    cursor = next.nextCursor;
  }
  return items;
}

/** All options of the review, in the order they were added. */
export function readAllOptions(api: ApiClient, reviewId: string, url: URL): Promise<Option[]> {
  return allPages(async (cursor) => {
    const answer = await api.GET('/api/v1/options-reviews/{reviewId}/options', {
      params: { path: { reviewId }, query: { limit: '100', ...(cursor && { cursor }) } },
    });
    if (!answer.data) failedRead(answer.response.status, url);
    return { items: answer.data.options, nextCursor: answer.data.nextCursor };
  });
}

/** One option of the review, or a 404 page. */
export async function readOption(
  api: ApiClient,
  reviewId: string,
  optionId: string,
  url: URL,
): Promise<Option> {
  const option = (await readAllOptions(api, reviewId, url)).find((item) => item.id === optionId);
  return option ?? error(404, 'Not found');
}

/** Whom the lead may add to the review: the authority's officers and reviewers not in it. */
export function readMemberCandidates(
  api: ApiClient,
  reviewId: string,
  url: URL,
): Promise<Candidate[]> {
  return allPages(async (cursor) => {
    const answer = await api.GET('/api/v1/options-reviews/{reviewId}/member-candidates', {
      params: { path: { reviewId }, query: { limit: '100', ...(cursor && { cursor }) } },
    });
    if (!answer.data) failedRead(answer.response.status, url);
    return { items: answer.data.candidates, nextCursor: answer.data.nextCursor };
  });
}

/** The scoring of the latest scheme version as the API lets the viewer see it (blind until submitted). */
export async function readScoring(
  api: ApiClient,
  reviewId: string,
  url: URL,
): Promise<components['schemas']['ScoringResponse']> {
  const answer = await api.GET('/api/v1/options-reviews/{reviewId}/scoring', {
    params: { path: { reviewId }, query: {} },
  });
  return answer.data ?? failedRead(answer.response.status, url);
}

/** The weighting of the latest scheme version: every member's set, the group's, the adoptions. */
export async function readWeighting(
  api: ApiClient,
  reviewId: string,
  url: URL,
): Promise<components['schemas']['WeightingResponse']> {
  const answer = await api.GET('/api/v1/options-reviews/{reviewId}/weighting', {
    params: { path: { reviewId }, query: {} },
  });
  return answer.data ?? failedRead(answer.response.status, url);
}
