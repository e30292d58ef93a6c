import { apiFor } from '#lib/server/api.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import type { PageServerLoad } from './$types';

// The evaluation exists once the bids are opened; before, the API does not find it (404).
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/evaluation', {
    params: { path: { tenderId: tender.id } },
  });
  return { evaluation: answer.data ?? failedTenderRead(answer.response.status, event.url) };
};
