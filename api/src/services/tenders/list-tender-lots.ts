import type { TenderLotListResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { lotView } from './lot-view.ts';
import { readableTender } from './tender-steps.ts';
import { lotsOf } from './tender-view.ts';

/** The lots of a tender in the order of their numbers, for its team, with the tender's version. */
export async function listTenderLots({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderLotListResponse> {
  const { tender } = await readableTender(ctx, 'listTenderLots', input.tenderId);
  const lots = await lotsOf(ctx.db, tender.id);
  return { lots: lots.map(lotView), tenderVersion: tender.version };
}
