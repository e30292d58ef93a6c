import { error } from '@sveltejs/kit';
import { apiFor } from '#lib/server/api.ts';
import { readSchemeVersion } from '#lib/server/tender-workflow-reads.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  const lotNumber = Number(event.params.lotNumber);
  const number = Number(event.params.number);
  if (!Number.isInteger(lotNumber) || lotNumber < 1 || !Number.isInteger(number) || number < 1) {
    error(404, 'Not found');
  }
  return {
    version: await readSchemeVersion(apiFor(event), tender.id, lotNumber, number, event.url),
  };
};
