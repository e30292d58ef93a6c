import type { OptionResponse, UpdateOptionInput } from '@tenderwise/schema';
import { findOption, updateOptionAtVersion } from '../../db/repositories/options-review-options.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { optionResponse } from '../views/options-reviews.ts';
import { registrySourcesOf } from './registry-sources.ts';
import { auditReviewChange, optionRef, optionState } from './audit.ts';
import { checkedOptionContent } from './option-content.ts';
import { changeReview } from './review-steps.ts';
import { staleVersion } from './stale-version.ts';

/**
 * Replaces an option's name, vendor, service and offer, for the officers who take part, while
 * the review is not concluded. Optimistic concurrency: the caller sends the version it read, and
 * an option changed since is refused (409), so two editors never silently overwrite each other.
 */
export async function updateOption({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateOptionInput & { reviewId: string; optionId: string };
}): Promise<OptionResponse> {
  const { reviewId, optionId } = input;
  return changeReview(
    ctx,
    {
      operationId: 'updateOptionsReviewOption',
      reviewId,
      action: 'options_review.option.updated',
    },
    async ({ trx, now, caller }) => {
      const before = await findOption(trx, reviewId, optionId);
      if (before === undefined) throw new NotFoundError('The review has no such option.');
      if (before.version !== input.version) {
        throw staleVersion('option', input.version, before.version);
      }
      const content = await checkedOptionContent(trx, reviewId, input, optionId);
      const after = await updateOptionAtVersion(
        trx,
        { reviewId, optionId, expectedVersion: input.version },
        { ...content, by: caller.userId, at: now },
      );
      // The review's lock serialises changes to its options, so the version still matches.
      if (after === undefined) throw staleVersion('option', input.version, before.version + 1);
      await auditReviewChange(trx, ctx, {
        action: 'options_review.option.updated',
        object: optionRef(optionId),
        before: optionState(before),
        after: optionState(after),
      });
      return optionResponse(after, await registrySourcesOf(trx, [after]));
    },
  );
}
