import { redirect } from '@sveltejs/kit';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { apiFor } from '#lib/server/api.ts';
import { readPublishedTenders } from '#lib/public-tenders/public-tender-reads.ts';
import { stateFilterOf } from '#lib/public-tenders/public-tender-view.ts';
import type { PageServerLoad } from './$types';

// Published tenders are free and open (§ 41 (1) VgV): this page needs no account.
export const load: PageServerLoad = async (event) => {
  const filter = stateFilterOf(event.url.searchParams.get('state'));
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const api = apiFor(event);
  const page = await readPublishedTenders(api, {
    ...(filter !== 'all' && { state: filter }),
    ...(cursor && { cursor }),
  }).catch((failure: unknown) => {
    // A cursor from an old link that no longer reads: the list from its start.
    if (cursor) redirect(303, localizeHref('/public/tenders'));
    throw failure;
  });
  return { filter, tenders: page.tenders, nextCursor: page.nextCursor, laterPage: !!cursor };
};
