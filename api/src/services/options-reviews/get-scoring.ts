import type { ScoringQuery, ScoringResponse } from '@tenderwise/schema';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readScoring } from './read-scoring.ts';
import { readableReview } from './review-steps.ts';

/** The scoring of a scheme version (the latest unless named), as blind as the caller must be. */
export async function getScoring({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ScoringQuery & { reviewId: string };
}): Promise<ScoringResponse> {
  const access = await readableReview(ctx, 'getOptionsReviewScoring', input.reviewId);
  const caller = ctx.principal;
  // The policy rows admit only signed-in members; this narrows the type.
  if (caller.kind !== 'user') throw new Error('Only signed-in users read scores');
  const schemeVersion =
    input.schemeVersion ?? (await findLatestSchemeVersion(ctx.db, input.reviewId))?.number;
  if (schemeVersion === undefined) throw new NotFoundError('The review has no scheme yet.');
  return readScoring(ctx.db, { access, userId: caller.userId, schemeVersion });
}
