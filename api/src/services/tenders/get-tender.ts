import type { TenderResponse } from '@tenderwise/schema';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import { readableTender } from './tender-steps.ts';
import { tenderView } from './tender-view.ts';

/**
 * Everything of one tender for its team: procedure and stages, the estimated value with the
 * computed contract value and threshold, lots, deadlines with their checks explained, publication
 * and cancellation, and what the caller may do.
 */
export async function getTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderResponse> {
  const access = await readableTender(ctx, 'getTender', input.tenderId);
  return tenderView(ctx.db, access, ctx.principal, await ctx.clock.now<DB>(ctx.db));
}
