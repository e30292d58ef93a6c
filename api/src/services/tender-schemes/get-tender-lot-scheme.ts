import type { TenderLotSchemeResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { lotSchemeView } from './lot-scheme-view.ts';
import { findLot, listSchemeVersionRows } from './scheme-rows.ts';

/** A lot's draft scheme (while the tender is a draft) or its latest published version. */
export async function getTenderLotScheme({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number };
}): Promise<TenderLotSchemeResponse> {
  const { tender } = await readableTender(ctx, 'getTenderLotScheme', input.tenderId);
  const lot = await findLot(ctx.db, tender.id, input.lotNumber);
  const versions = await listSchemeVersionRows(ctx.db, tender.id, lot.number);
  return lotSchemeView(tender, lot, versions.at(-1));
}
