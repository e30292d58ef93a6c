import { error } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { send } from '#lib/services/result.ts';

// Reads of published tenders for the pages' loads. Anybody reads them, without an account
// (§ 41 (1) VgV); a draft, or a tender that does not exist, answers 404 and so does the page.

export type PublishedTender = components['schemas']['PublishedTenderResponse'];
export type PublishedTenderSummary = components['schemas']['PublishedTenderSummary'];
export type PublishedSchemeVersion = components['schemas']['PublishedSchemeVersionResponse'];
export type PublishedAnswer = components['schemas']['PublishedTenderAnswer'];
export type OwnQuestion = components['schemas']['OwnTenderQuestion'];

/** What a load does with an answer that is not a success: 404 or 503. */
export function failedPublicRead(status: number): never {
  // A malformed id (422) names a page that does not exist, too.
  if (status === 404 || status === 422) error(404, 'Not found');
  error(503, 'Published tenders unavailable');
}

export async function readPublishedTenders(
  api: ApiClient,
  query: { state?: 'open' | 'closed'; cursor?: string },
): Promise<{ tenders: PublishedTenderSummary[]; nextCursor: string | null }> {
  const answer = await send(() =>
    api.GET('/api/v1/public/tenders', {
      params: {
        query: {
          ...(query.state && { state: query.state }),
          ...(query.cursor && { cursor: query.cursor }),
        },
      },
    }),
  );
  return answer.data ?? failedPublicRead(answer.response.status);
}

export async function readPublishedTender(
  api: ApiClient,
  tenderId: string,
): Promise<PublishedTender> {
  const answer = await send(() =>
    api.GET('/api/v1/public/tenders/{tenderId}', { params: { path: { tenderId } } }),
  );
  return answer.data ?? failedPublicRead(answer.response.status);
}

export async function readPublishedAnswers(
  api: ApiClient,
  tenderId: string,
): Promise<PublishedAnswer[]> {
  const answer = await send(() =>
    api.GET('/api/v1/public/tenders/{tenderId}/answers', { params: { path: { tenderId } } }),
  );
  return answer.data?.answers ?? failedPublicRead(answer.response.status);
}

export async function readPublishedSchemeVersion(
  api: ApiClient,
  input: { tenderId: string; lotNumber: number; number: number },
): Promise<PublishedSchemeVersion> {
  const answer = await send(() =>
    api.GET('/api/v1/public/tenders/{tenderId}/lots/{lotNumber}/scheme-versions/{number}', {
      params: {
        path: {
          tenderId: input.tenderId,
          lotNumber: String(input.lotNumber),
          number: String(input.number),
        },
      },
    }),
  );
  return answer.data ?? failedPublicRead(answer.response.status);
}

/**
 * The questions the vendor's organisation asked, or null when they cannot be had (the page
 * then says so instead of failing as a whole: the tender itself is public).
 */
export async function readOwnQuestions(
  api: ApiClient,
  tenderId: string,
): Promise<OwnQuestion[] | null> {
  const answer = await send(() =>
    api.GET('/api/v1/public/tenders/{tenderId}/questions', { params: { path: { tenderId } } }),
  );
  return answer.data?.questions ?? null;
}
