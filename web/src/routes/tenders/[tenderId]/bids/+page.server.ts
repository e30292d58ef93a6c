import { apiFor } from '#lib/server/api.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import type { PageServerLoad } from './$types';

// Before the opening the API tells only how many bids there are per lot (§ 55 VgV).
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/bids', {
    params: { path: { tenderId: tender.id } },
  });
  return { bids: answer.data ?? failedTenderRead(answer.response.status, event.url) };
};
