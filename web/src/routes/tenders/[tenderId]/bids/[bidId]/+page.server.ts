import { apiFor } from '#lib/server/api.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import type { PageServerLoad } from './$types';

// Before the opening the bid is not found, like an id that does not exist (§ 55 VgV).
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/bids/{bidId}', {
    params: { path: { tenderId: tender.id, bidId: event.params.bidId } },
  });
  return { bid: answer.data ?? failedTenderRead(answer.response.status, event.url) };
};
