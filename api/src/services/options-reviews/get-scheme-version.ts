import type { SchemeVersionResponse } from '@tenderwise/schema';
import {
  findLatestSchemeVersion,
  findSchemeVersion,
} from '../../db/repositories/options-review-scheme-versions.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { schemeVersionResponse } from '../views/options-reviews.ts';
import { readableReview } from './review-steps.ts';

/** One scheme version of a review with its scheme, by number or the latest. */
export async function getSchemeVersion({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { reviewId: string; version: number | 'latest' };
}): Promise<SchemeVersionResponse> {
  const { reviewId, version } = input;
  await readableReview(ctx, 'getOptionsReviewSchemeVersion', reviewId);
  const row =
    version === 'latest'
      ? await findLatestSchemeVersion(ctx.db, reviewId)
      : await findSchemeVersion(ctx.db, reviewId, version);
  if (row === undefined) {
    throw new NotFoundError(
      version === 'latest'
        ? 'The review has no scheme yet.'
        : `The review has no scheme version ${version}.`,
    );
  }
  return schemeVersionResponse(row);
}
