import type { CreateOptionInput, OptionResponse } from '@tenderwise/schema';
import { insertOption } from '../../db/repositories/options-review-options.ts';
import type { ServiceContext } from '../context.ts';
import { optionResponse } from '../views/options-reviews.ts';
import { auditReviewChange, optionRef, optionState } from './audit.ts';
import { checkedOptionContent } from './option-content.ts';
import { changeReview } from './review-steps.ts';

/** Adds an option to the review, for the officers who take part, while it is not concluded. */
export async function createOption({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateOptionInput & { reviewId: string };
}): Promise<OptionResponse> {
  const { reviewId } = input;
  return changeReview(
    ctx,
    {
      operationId: 'createOptionsReviewOption',
      reviewId,
      action: 'options_review.option.created',
    },
    async ({ trx, now, caller }) => {
      const content = await checkedOptionContent(trx, reviewId, input);
      const option = await insertOption(trx, { ...content, reviewId, by: caller.userId, at: now });
      await auditReviewChange(trx, ctx, {
        action: 'options_review.option.created',
        object: optionRef(option.id),
        after: optionState(option),
      });
      return optionResponse(option);
    },
  );
}
