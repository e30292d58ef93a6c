import type { OptionsReviewResponse } from '@tenderwise/schema';
import { updateOptionsReview } from '../../db/repositories/options-reviews.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { transferLeadRefusal } from '../../domain/options-reviews/membership.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, reviewRef, reviewState } from './audit.ts';
import { personOfRecord } from './person-of-record.ts';
import { changeReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';

/**
 * Passes the lead to another officer who takes part in the review, for the lead; the previous
 * lead stays a member and loses the lead's rights at once.
 */
export async function transferOptionsReviewLead({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; userId: string };
}): Promise<OptionsReviewResponse> {
  const { reviewId, userId } = input;
  return changeReview(
    ctx,
    {
      operationId: 'transferOptionsReviewLead',
      reviewId,
      action: 'options_review.lead.transferred',
    },
    async ({ trx, current, now }) => {
      const { review, memberUserIds } = current;
      const refusal = transferLeadRefusal(
        { organisationId: review.organisation_id, leadUserId: review.lead_user_id, memberUserIds },
        await personOfRecord(trx, userId),
      );
      if (refusal?.kind === 'lead') throw new ConflictError(refusal.message);
      if (refusal !== null) {
        throw new ValidationError('The lead cannot pass to this user.', [
          { in: 'body', pointer: '/userId', detail: refusal.message },
        ]);
      }
      const after = await updateOptionsReview(trx, reviewId, { lead_user_id: userId }, now);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.lead.transferred',
        object: reviewRef(reviewId),
        before: reviewState(review, memberUserIds),
        after: reviewState(after, memberUserIds),
      });
      return reviewView(trx, after);
    },
  );
}
