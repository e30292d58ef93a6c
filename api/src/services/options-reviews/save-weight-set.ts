import type { SaveWeightSetInput, WeightingResponse } from '@tenderwise/schema';
import { findWeightSet, replaceWeightSet } from '../../db/repositories/options-review-weights.ts';
import { weighEntries } from '../../domain/options-reviews/weight-sets.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef } from './audit.ts';
import { changeReview } from './review-steps.ts';
import { readWeighting } from './read-weighting.ts';
import { weightedScheme } from './weighting-rules.ts';

/**
 * Saves the caller's weight set for the latest scheme version, for every member while the review
 * is not concluded: one entry per sibling set of two or more, each by its own method, weighed by
 * the engine. Saving again replaces the set; the audit entry holds the set before and after.
 */
export async function saveWeightSet({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SaveWeightSetInput & { reviewId: string };
}): Promise<WeightingResponse> {
  const { reviewId, schemeVersion } = input;
  return changeReview(
    ctx,
    { operationId: 'saveOptionsReviewWeightSet', reviewId, action: 'options_review.weights.saved' },
    async ({ trx, now, caller }) => {
      const scheme = await weightedScheme(trx, reviewId, schemeVersion);
      const weighed = weighEntries(scheme, input.sets);
      const key = { reviewId, schemeVersion, userId: caller.userId };
      const before = await findWeightSet(trx, key);
      await replaceWeightSet(trx, {
        review_id: reviewId,
        scheme_version: schemeVersion,
        user_id: caller.userId,
        sets: canonicalJson(input.sets),
        weights: canonicalJson(weighed.weightsBp),
        saved_at: now,
      });
      await auditReviewChange(trx, ctx, {
        action: 'options_review.weights.saved',
        object: reviewRef(reviewId),
        ...(before !== undefined && {
          before: { schemeVersion, userId: caller.userId, sets: JSON.parse(before.sets) },
        }),
        after: { schemeVersion, userId: caller.userId, sets: input.sets },
      });
      return readWeighting(trx, { reviewId, schemeVersion });
    },
  );
}
