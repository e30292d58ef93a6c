import type { AwardDecision } from '@tenderwise/schema';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { awardDecisionView } from './decide-award.ts';

/** The tender's award decision; 404 while there is none. */
export async function getAwardDecision({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<AwardDecision> {
  await readableTender(ctx, 'getAwardDecision', input.tenderId);
  const row = await ctx.db
    .selectFrom('tender_award_decision')
    .selectAll()
    .where('tender_id', '=', input.tenderId)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError('The tender has no award decision yet.');
  return awardDecisionView(row);
}
