import { error } from '@sveltejs/kit';
import { readBidImports } from '#lib/services/bid-import.service.ts';
import { apiFor } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

// The result of an import: the file's and the opening record's hashes and the bids per lot.
export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const imports = await readBidImports(apiFor(event), tender.id);
  const found = imports.find((entry) => entry.id === event.params.importId);
  if (found === undefined) error(404, 'Not found');
  return { summary: found, created: event.url.searchParams.get('created') !== '0' };
};
