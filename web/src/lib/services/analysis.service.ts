import type { components } from '@tenderwise/schema/openapi-types';
import type { ApiClient } from '#lib/api/client.ts';
import { refusal, send, type ServiceResult } from './result.ts';

// The engine's stateless analyses: nothing is stored, any signed-in user may ask.

type PricePreviewRequest = components['schemas']['PricePreviewRequest'];
type PricePreviewResponse = components['schemas']['PricePreviewResponse'];

/** How price formulas score a range of prices, were a bid at each to join the expected field. */
export async function previewPriceFormulas(
  api: ApiClient,
  body: PricePreviewRequest,
): Promise<ServiceResult<{ preview: PricePreviewResponse }>> {
  const answer = await send(() => api.POST('/api/v1/analysis/price-preview', { body }));
  return answer.data ? { ok: true, preview: answer.data } : refusal(answer);
}
