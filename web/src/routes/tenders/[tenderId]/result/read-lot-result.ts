import type { RequestEvent } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { failedTenderRead, type TenderView } from '#lib/server/tender-reads.ts';
import { resultView } from './result-view.ts';

/**
 * The official result of the lot the address names (`?lot=`, the first lot by default) and the
 * award decision: each null while there is none, or while the tender is not yet at that stage
 * (the API answers 409 by state).
 */
export async function readLotResult(
  event: Pick<RequestEvent, 'url' | 'fetch' | 'cookies'>,
  tender: TenderView,
) {
  const api = apiFor(event);
  const lots = tender.lots.map((lot) => lot.number);
  const requested = Number(event.url.searchParams.get('lot') ?? lots[0] ?? 1);
  const lotNumber = lots.includes(requested) ? requested : (lots[0] ?? 1);
  const [result, decision] = await Promise.all([
    api.GET('/api/v1/tenders/{tenderId}/lots/{lotNumber}/result', {
      params: { path: { tenderId: tender.id, lotNumber: String(lotNumber) } },
    }),
    api.GET('/api/v1/tenders/{tenderId}/award-decision', {
      params: { path: { tenderId: tender.id } },
    }),
  ]);
  const none = (status: number) => status === 404 || status === 409;
  if (!result.data && !none(result.response.status)) {
    failedTenderRead(result.response.status, event.url);
  }
  if (!decision.data && !none(decision.response.status)) {
    failedTenderRead(decision.response.status, event.url);
  }
  return {
    lots,
    lotNumber,
    result: result.data ?? null,
    view: result.data ? resultView(result.data, getLocale()) : null,
    decision: decision.data ?? null,
  };
}
