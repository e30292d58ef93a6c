import type { OptionsReviewResponse, OptionsReviewStatus } from '@tenderwise/schema';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { findLatestWeightAdoption } from '../../db/repositories/options-review-weights.ts';
import { reviewContents, updateOptionsReview } from '../../db/repositories/options-reviews.ts';
import { ConflictError } from '../../domain/errors.ts';
import { statusChangeRefusal } from '../../domain/options-reviews/review-lifecycle.ts';
import { canonicalHash } from '../../engine/canonical/canonical-json.ts';
import type { ServiceContext } from '../context.ts';
import { storedScheme } from '../views/options-reviews.ts';
import { auditReviewChange, reviewRef, reviewState } from './audit.ts';
import { changeReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';

/**
 * Moves a review to another status, for its lead, along the lifecycle of
 * `domain/options-reviews/review-lifecycle.ts`. Concluding records the latest scheme version and
 * its commitment, and the weight adoption in force for it (none when nothing was adopted); the
 * review is read-only from then on.
 */
export async function changeOptionsReviewStatus({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; status: OptionsReviewStatus };
}): Promise<OptionsReviewResponse> {
  const { reviewId, status } = input;
  return changeReview(
    ctx,
    { operationId: 'changeOptionsReviewStatus', reviewId, action: 'options_review.status.changed' },
    async ({ trx, current, now }) => {
      const before = current.review;
      const refusal = statusChangeRefusal(
        before.status,
        status,
        await reviewContents(trx, reviewId),
      );
      if (refusal !== null) throw new ConflictError(refusal);
      const used =
        status === 'concluded' ? await findLatestSchemeVersion(trx, reviewId) : undefined;
      // The conclusion vouches for the scheme: its stored text must still be what was committed to.
      if (used !== undefined && canonicalHash(storedScheme(used)) !== used.commitment) {
        throw new Error(`Scheme version ${used.number} no longer matches its commitment`);
      }
      // The weights in force for that version, if the lead adopted any (ADR 0026).
      const adopted =
        used !== undefined ? await findLatestWeightAdoption(trx, reviewId, used.number) : undefined;
      const after = await updateOptionsReview(
        trx,
        reviewId,
        {
          status,
          ...(used !== undefined && {
            concluded_at: now,
            concluded_scheme_version: used.number,
            concluded_scheme_commitment: used.commitment,
            concluded_weight_adoption_id: adopted?.id ?? null,
          }),
        },
        now,
      );
      await auditReviewChange(trx, ctx, {
        action: 'options_review.status.changed',
        object: reviewRef(reviewId),
        before: reviewState(before, current.memberUserIds),
        after: reviewState(after, current.memberUserIds),
      });
      return reviewView(trx, after);
    },
  );
}
