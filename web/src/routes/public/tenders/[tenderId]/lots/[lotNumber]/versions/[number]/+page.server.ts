import { error } from '@sveltejs/kit';
import { apiFor } from '#lib/server/api.ts';
import {
  readPublishedSchemeVersion,
  readPublishedTender,
} from '#lib/public-tenders/public-tender-reads.ts';
import { positiveNumberOf } from '#lib/public-tenders/public-tender-view.ts';
import type { PageServerLoad } from './$types';

// One published scheme version of a lot, readable by anybody (§ 41 (1) VgV), earlier ones too.
export const load: PageServerLoad = async (event) => {
  const lotNumber = positiveNumberOf(event.params.lotNumber, 3);
  const number = positiveNumberOf(event.params.number);
  if (lotNumber === null || number === null) error(404, 'Not found');
  const api = apiFor(event);
  const tenderId = event.params.tenderId;
  const [tender, version] = await Promise.all([
    readPublishedTender(api, tenderId),
    readPublishedSchemeVersion(api, { tenderId, lotNumber, number }),
  ]);
  const lot = tender.lots.find((candidate) => candidate.number === lotNumber);
  if (!lot) error(404, 'Not found');
  return {
    tender: { id: tender.id, title: tender.title, reference: tender.reference },
    lot: { number: lot.number, title: lot.title },
    latestNumber: Math.max(...lot.schemeVersions.map((candidate) => candidate.number)),
    version,
  };
};
