import type { OptionsReviewResponse } from '@tenderwise/schema';
import { insertMember, updateOptionsReview } from '../../db/repositories/options-reviews.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { addMemberRefusal } from '../../domain/options-reviews/membership.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef, reviewState } from './audit.ts';
import { personOfRecord } from './person-of-record.ts';
import { changeReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';

/**
 * Adds an officer or reviewer of the review's authority to the review, for its lead. A user of
 * another authority is refused like one that does not exist.
 */
export async function addOptionsReviewMember({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; userId: string };
}): Promise<OptionsReviewResponse> {
  const { reviewId, userId } = input;
  return changeReview(
    ctx,
    { operationId: 'addOptionsReviewMember', reviewId, action: 'options_review.member.added' },
    async ({ trx, current, now, caller }) => {
      const { review, memberUserIds } = current;
      const refusal = addMemberRefusal(
        { organisationId: review.organisation_id, leadUserId: review.lead_user_id, memberUserIds },
        await personOfRecord(trx, userId),
      );
      if (refusal?.kind === 'member') throw new ConflictError(refusal.message);
      if (refusal !== null) {
        throw new ValidationError('The user cannot take part in the review.', [
          { in: 'body', pointer: '/userId', detail: refusal.message },
        ]);
      }
      await insertMember(trx, { reviewId, userId, addedBy: caller.userId, at: now });
      const after = await updateOptionsReview(trx, reviewId, {}, now);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.member.added',
        object: reviewRef(reviewId),
        before: reviewState(review, memberUserIds),
        after: reviewState(after, [...memberUserIds, userId]),
      });
      return reviewView(trx, after);
    },
  );
}
