import { apiFor } from '#lib/server/api.ts';
import { readCorrections, readSchemeVersions } from '#lib/server/tender-workflow-reads.ts';
import type { PageServerLoad } from './$types';

// The published scheme versions of every lot with their commitments, and the corrections that
// made the later ones, with their reasons and deadlines.

export const load: PageServerLoad = async (event) => {
  const { tender } = await event.parent();
  if (tender.state === 'draft') return { versions: [], corrections: [] };
  const api = apiFor(event);
  const [versions, corrections] = await Promise.all([
    readSchemeVersions(api, tender.id, event.url),
    readCorrections(api, tender.id),
  ]);
  return { versions, corrections };
};
