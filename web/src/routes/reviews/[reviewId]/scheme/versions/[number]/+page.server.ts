import { error } from '@sveltejs/kit';
import { apiFor } from '#lib/server/api.ts';
import { readSchemeVersion } from '#lib/server/options-review-reads.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review } = await event.parent();
  const number = event.params.number;
  if (!/^[1-9]\d{0,8}$/.test(number)) error(404, 'Not found');
  return {
    version: await readSchemeVersion(apiFor(event), review.id, Number(number), event.url),
  };
};
