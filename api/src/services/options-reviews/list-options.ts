import type { OptionListQuery, OptionListResponse } from '@tenderwise/schema';
import { listOptions as listOptionRows } from '../../db/repositories/options-review-options.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { optionResponse } from '../views/options-reviews.ts';
import { registrySourcesOf } from './registry-sources.ts';
import { readableReview } from './review-steps.ts';

/** One page of a review's options, in the order they were added, with their offers. */
export async function listOptions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OptionListQuery & { reviewId: string };
}): Promise<OptionListResponse> {
  await readableReview(ctx, 'listOptionsReviewOptions', input.reviewId);
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listOptionRows(ctx.db, input.reviewId, {
    limit,
    ...(after !== undefined && { after }),
  });
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  const sources = await registrySourcesOf(ctx.db, page.rows);
  return {
    options: page.rows.map((row) => optionResponse(row, sources)),
    nextCursor: page.nextCursor,
  };
}
