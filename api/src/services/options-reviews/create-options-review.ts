import type { CreateOptionsReviewInput, OptionsReviewResponse } from '@tenderwise/schema';
import { insertOptionsReview } from '../../db/repositories/options-reviews.ts';
import { findUserById } from '../../db/repositories/users.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, recordingReviewRefusals, reviewRef, reviewState } from './audit.ts';
import { reviewView } from './review-view.ts';

/**
 * Starts an options review of the caller's authority, as the policy row `createOptionsReview`
 * allows (officers). The caller leads it and is its first member; it starts as a draft without a
 * scheme or options.
 */
export async function createOptionsReview({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateOptionsReviewInput;
}): Promise<OptionsReviewResponse> {
  await authorize(ctx, { operationId: 'createOptionsReview' });
  const { principal } = ctx;
  // The policy row admits only officers; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users create options reviews');
  const attempt = { action: 'options_review.review.created', object: null } as const;
  return recordingReviewRefusals(ctx, attempt, () =>
    withTransaction<DB, OptionsReviewResponse>(ctx.db, async (trx) => {
      const creator = await findUserById(trx, principal.userId);
      if (creator === undefined || creator.disabled_at !== null) {
        throw new ForbiddenError('Only active officers start options reviews.');
      }
      const review = await insertOptionsReview(trx, {
        organisationId: creator.organisation_id,
        title: input.title,
        purpose: input.purpose,
        referenceDate: input.referenceDate,
        leadUserId: creator.id,
        at: await ctx.clock.now<DB>(trx),
      });
      await auditReviewChange(trx, ctx, {
        ...attempt,
        object: reviewRef(review.id),
        after: reviewState(review, [creator.id]),
      });
      return reviewView(trx, review);
    }),
  );
}
