import type { TenderScoringResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { readTenderScoring } from './read-scoring.ts';

/** The scoring of a lot, as blind as the caller must be (`readTenderScoring`). */
export async function getTenderScoring({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number };
}): Promise<TenderScoringResponse> {
  const access = await readableTender(ctx, 'getTenderScoring', input.tenderId);
  const caller = ctx.principal;
  // The policy rows admit only signed-in members of the team; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users read scores');
  return readTenderScoring(ctx.db, { access, userId: caller.userId, lotNumber: input.lotNumber });
}
