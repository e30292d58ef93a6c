import { apiFor } from '#lib/server/api.ts';
import { failedTenderRead } from '#lib/server/tender-reads.ts';
import type { PageServerLoad } from './$types';

// The opening record (§ 55 (2) VgV); before the opening there is none (404).
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const answer = await apiFor(event).GET('/api/v1/tenders/{tenderId}/opening-record', {
    params: { path: { tenderId: tender.id } },
  });
  return { opening: answer.data ?? failedTenderRead(answer.response.status, event.url) };
};
