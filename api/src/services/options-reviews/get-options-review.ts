import type { OptionsReviewResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';

/** One review with its members, for the people who take part in it. */
export async function getOptionsReview({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string };
}): Promise<OptionsReviewResponse> {
  const { review } = await readableReview(ctx, 'getOptionsReview', input.reviewId);
  return reviewView(ctx.db, review);
}
