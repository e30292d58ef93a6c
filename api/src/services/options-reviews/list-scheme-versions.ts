import type { SchemeVersionListQuery, SchemeVersionListResponse } from '@tenderwise/schema';
import { listSchemeVersions as listVersionRows } from '../../db/repositories/options-review-scheme-versions.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize } from '../page-cursor.ts';
import { schemeVersionSummary } from '../views/options-reviews.ts';
import { readableReview } from './review-steps.ts';

/** One page of a review's scheme versions, newest first, without their schemes. */
export async function listSchemeVersions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SchemeVersionListQuery & { reviewId: string };
}): Promise<SchemeVersionListResponse> {
  await readableReview(ctx, 'listOptionsReviewSchemeVersions', input.reviewId);
  const limit = pageSize(input.limit);
  const before = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readNumber);
  const rows = await listVersionRows(ctx.db, input.reviewId, {
    limit,
    ...(before !== undefined && { before }),
  });
  const page = pageOf(rows, limit, (row) => [row.number]);
  return { versions: page.rows.map(schemeVersionSummary), nextCursor: page.nextCursor };
}

function readNumber(key: unknown): number | undefined {
  if (!Array.isArray(key) || key.length !== 1) return undefined;
  const [number] = key as unknown[];
  return Number.isSafeInteger(number) && (number as number) >= 1 ? (number as number) : undefined;
}
