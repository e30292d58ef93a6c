import type { OptionsReviewResponse, UpdateOptionsReviewInput } from '@tenderwise/schema';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import { updateOptionsReview as updateReviewRow } from '../../db/repositories/options-reviews.ts';
import { onReferenceDate } from '../../domain/options-reviews/scheme-start.ts';
import type { ServiceContext } from '../context.ts';
import { storedScheme } from '../views/options-reviews.ts';
import { appendSchemeVersion } from './append-scheme-version.ts';
import { auditReviewChange, reviewRef, reviewState } from './audit.ts';
import { changeReview } from './review-steps.ts';
import { reviewView } from './review-view.ts';
import { staleVersion } from './stale-version.ts';

/**
 * Changes a review's title, purpose or reference date, for its lead, while it is not concluded.
 * The caller sends the version it read; a review changed since is refused (409). Every scheme
 * version carries the review's reference date as its `submissionDeadline`, so a new reference
 * date saves the latest scheme again on that date, as a new version, in the same transaction.
 */
export async function updateOptionsReview({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateOptionsReviewInput & { reviewId: string };
}): Promise<OptionsReviewResponse> {
  const { reviewId } = input;
  return changeReview(
    ctx,
    { operationId: 'updateOptionsReview', reviewId, action: 'options_review.review.updated' },
    async ({ trx, current, now, caller }) => {
      const before = current.review;
      if (before.version !== input.version) {
        throw staleVersion('options review', input.version, before.version);
      }
      const moved =
        input.referenceDate !== undefined && input.referenceDate !== before.reference_date;
      const after = await updateReviewRow(
        trx,
        reviewId,
        {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.purpose !== undefined && { purpose: input.purpose }),
          ...(moved && { reference_date: input.referenceDate }),
        },
        now,
      );
      await auditReviewChange(trx, ctx, {
        action: 'options_review.review.updated',
        object: reviewRef(reviewId),
        before: reviewState(before, current.memberUserIds),
        after: reviewState(after, current.memberUserIds),
      });
      const latest = moved ? await findLatestSchemeVersion(trx, reviewId) : undefined;
      if (latest !== undefined) {
        await appendSchemeVersion(trx, ctx, {
          reviewId,
          number: latest.number + 1,
          scheme: onReferenceDate(storedScheme(latest), after.reference_date),
          origin: { kind: 'referenceDate' },
          note: `Reference date changed from ${before.reference_date} to ${after.reference_date}`,
          by: caller.userId,
          at: now,
        });
      }
      return reviewView(trx, after);
    },
  );
}
