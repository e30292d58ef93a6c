import { error } from '@sveltejs/kit';
import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { sessionEnded } from './require-user.ts';

// Reads of a tender for the pages' loads. A tender the caller is not on the team of answers 404
// exactly like one that does not exist (its documents are confidential until published), and so
// does the page.

type LotList = components['schemas']['TenderLotListResponse'];

/** What a load does with an answer that is not a success: to the login, 404, or 503. */
export function failedTenderRead(status: number, url: URL): never {
  if (status === 401) sessionEnded(url);
  // A malformed id (422) names a page that does not exist, too.
  if (status === 404 || status === 422) error(404, 'Not found');
  if (status === 403) error(403, 'Not allowed');
  error(503, 'Tender unavailable');
}

// The answer's type as the client infers it: the generated schema type of a nullable bilingual
// note reads stricter than the answer, so the read is not annotated with it.
export async function readTender(api: ApiClient, tenderId: string, url: URL) {
  const answer = await api.GET('/api/v1/tenders/{tenderId}', {
    params: { path: { tenderId } },
  });
  return answer.data ?? failedTenderRead(answer.response.status, url);
}

export async function readTenderLots(api: ApiClient, tenderId: string, url: URL): Promise<LotList> {
  const answer = await api.GET('/api/v1/tenders/{tenderId}/lots', {
    params: { path: { tenderId } },
  });
  return answer.data ?? failedTenderRead(answer.response.status, url);
}

/** A tender as the pages read it. */
export type TenderView = Awaited<ReturnType<typeof readTender>>;
