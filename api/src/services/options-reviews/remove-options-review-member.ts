import type { OptionsReviewResponse } from '@tenderwise/schema';
import { deleteMember, updateOptionsReview } from '../../db/repositories/options-reviews.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { removeMemberRefusal } from '../../domain/options-reviews/membership.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef, reviewState } from './audit.ts';
import { changeReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';

/**
 * Removes a member from the review, for its lead; the lead stays until the lead is transferred.
 * The removed member no longer finds the review (404), like anybody who never took part.
 */
export async function removeOptionsReviewMember({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; userId: string };
}): Promise<OptionsReviewResponse> {
  const { reviewId, userId } = input;
  return changeReview(
    ctx,
    { operationId: 'removeOptionsReviewMember', reviewId, action: 'options_review.member.removed' },
    async ({ trx, current, now }) => {
      const { review, memberUserIds } = current;
      const refusal = removeMemberRefusal(
        { organisationId: review.organisation_id, leadUserId: review.lead_user_id, memberUserIds },
        userId,
      );
      if (refusal?.kind === 'notMember') throw new NotFoundError(refusal.message);
      if (refusal !== null) throw new ConflictError(refusal.message);
      await deleteMember(trx, reviewId, userId);
      const after = await updateOptionsReview(trx, reviewId, {}, now);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.member.removed',
        object: reviewRef(reviewId),
        before: reviewState(review, memberUserIds),
        after: reviewState(
          after,
          memberUserIds.filter((id) => id !== userId),
        ),
      });
      return reviewView(trx, after);
    },
  );
}
