import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// Tenders (Vergabeverfahren) on the authority's side: the tender itself with its procedure,
// value and lot limits, its deadlines, and its lots. Changes carry the tender's version the user
// read, so the API refuses (409) a change over somebody else's instead of overwriting it.

type CreateInput = components['schemas']['CreateTenderInput'];
type UpdateInput = components['schemas']['UpdateTenderInput'];
type DeadlinesInput = components['schemas']['UpdateTenderDeadlinesInput'];
type DeadlinesAnswer = components['schemas']['TenderDeadlinesResponse'];
type LotAnswer = components['schemas']['TenderLotResponse'];

const inTender = (tenderId: string) => ({ params: { path: { tenderId } } });

/** Starts a tender as a draft, led by the caller and belonging to the caller's authority. */
export async function createTender(
  api: ApiClient,
  input: CreateInput,
): Promise<ServiceResult<{ tenderId: string }>> {
  const answer = await send(() => api.POST('/api/v1/tenders', { body: input }));
  return answer.data ? { ok: true, tenderId: answer.data.id } : refusal(answer);
}

/** Changes fields of the tender at the version the user read. */
export async function updateTender(
  api: ApiClient,
  input: { tenderId: string } & UpdateInput,
): Promise<ServiceResult<{ version: number }>> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.PATCH('/api/v1/tenders/{tenderId}', { ...inTender(tenderId), body }),
  );
  return answer.data ? { ok: true, version: answer.data.version } : refusal(answer);
}

/** Sets the deadlines; the answer carries their checks, errors and warnings explained. */
export async function updateTenderDeadlines(
  api: ApiClient,
  input: { tenderId: string } & DeadlinesInput,
): Promise<ServiceResult<{ deadlines: DeadlinesAnswer }>> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.PUT('/api/v1/tenders/{tenderId}/deadlines', { ...inTender(tenderId), body }),
  );
  return answer.data ? { ok: true, deadlines: answer.data } : refusal(answer);
}

/** Adds a lot, numbered after the highest one there was. */
export async function createTenderLot(
  api: ApiClient,
  input: { tenderId: string; title: string; description: string; version: number },
): Promise<ServiceResult<{ lot: LotAnswer }>> {
  const { tenderId, ...body } = input;
  const answer = await send(() =>
    api.POST('/api/v1/tenders/{tenderId}/lots', { ...inTender(tenderId), body }),
  );
  return answer.data ? { ok: true, lot: answer.data } : refusal(answer);
}

/** Changes a lot's title and description. */
export async function updateTenderLot(
  api: ApiClient,
  input: {
    tenderId: string;
    lotNumber: number;
    title: string;
    description: string;
    version: number;
  },
): Promise<ServiceResult<{ lot: LotAnswer }>> {
  const { tenderId, lotNumber, ...body } = input;
  const answer = await send(() =>
    api.PATCH('/api/v1/tenders/{tenderId}/lots/{lotNumber}', {
      params: { path: { tenderId, lotNumber: String(lotNumber) } },
      body,
    }),
  );
  return answer.data ? { ok: true, lot: answer.data } : refusal(answer);
}

/** Deletes a lot of a draft with its draft scheme; the other lots keep their numbers. */
export async function deleteTenderLot(
  api: ApiClient,
  input: { tenderId: string; lotNumber: number; version: number },
): Promise<ServiceResult> {
  const answer = await send(() =>
    api.DELETE('/api/v1/tenders/{tenderId}/lots/{lotNumber}', {
      params: {
        path: { tenderId: input.tenderId, lotNumber: String(input.lotNumber) },
        query: { version: String(input.version) },
      },
    }),
  );
  return answer.response.ok ? { ok: true } : refusal(answer);
}
