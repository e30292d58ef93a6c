import { apiFor } from '#lib/server/api.ts';
import { readTenderRecord } from '#lib/server/tender-workflow-reads.ts';
import type { PageServerLoad } from './$types';

// The tender record (Vergabeakte, § 8 VgV): every event of the tender from the audit log, in
// order, with who and when; a page of 100 entries at a time (`?cursor=`).

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const record = await readTenderRecord(apiFor(event), tender.id, cursor, event.url);
  return {
    entries: record.entries,
    nextCursor: record.nextCursor,
    laterPage: cursor !== undefined,
  };
};
