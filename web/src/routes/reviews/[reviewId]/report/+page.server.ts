import { apiFor } from '#lib/server/api.ts';
import { readReport } from '#lib/server/options-review-reads.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { review } = await event.parent();
  if (review.latestSchemeVersion === null) return { report: null };
  return { report: await readReport(apiFor(event), review.id, event.url) };
};
