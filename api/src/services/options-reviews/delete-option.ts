import {
  deleteOption as deleteOptionRow,
  findOption,
} from '../../db/repositories/options-review-options.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditReviewChange, optionRef, optionState } from './audit.ts';
import { changeReview } from './review-steps.ts';
import { staleVersion } from './stale-version.ts';

/**
 * Removes an option from the review, for the officers who take part, while the review is not
 * concluded. With the version the caller read, an option changed since is refused (409).
 */
export async function deleteOption({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; optionId: string; version?: number };
}): Promise<void> {
  const { reviewId, optionId, version } = input;
  await changeReview(
    ctx,
    {
      operationId: 'deleteOptionsReviewOption',
      reviewId,
      action: 'options_review.option.deleted',
    },
    async ({ trx }) => {
      const before = await findOption(trx, reviewId, optionId);
      if (before === undefined) throw new NotFoundError('The review has no such option.');
      if (version !== undefined && before.version !== version) {
        throw staleVersion('option', version, before.version);
      }
      await deleteOptionRow(trx, { reviewId, optionId });
      await auditReviewChange(trx, ctx, {
        action: 'options_review.option.deleted',
        object: optionRef(optionId),
        before: optionState(before),
      });
    },
  );
}
