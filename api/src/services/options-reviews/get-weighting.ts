import type { WeightingQuery, WeightingResponse } from '@tenderwise/schema';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readableReview } from './review-steps.ts';
import { readWeighting } from './read-weighting.ts';

/** The weighting of a scheme version (the latest unless named): every member's set and the group's. */
export async function getWeighting({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: WeightingQuery & { reviewId: string };
}): Promise<WeightingResponse> {
  await readableReview(ctx, 'getOptionsReviewWeighting', input.reviewId);
  const schemeVersion =
    input.schemeVersion ?? (await findLatestSchemeVersion(ctx.db, input.reviewId))?.number;
  if (schemeVersion === undefined) throw new NotFoundError('The review has no scheme yet.');
  return readWeighting(ctx.db, { reviewId: input.reviewId, schemeVersion });
}
