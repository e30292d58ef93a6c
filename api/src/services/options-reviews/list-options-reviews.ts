import type { OptionsReviewListQuery, OptionsReviewListResponse } from '@tenderwise/schema';
import { listReviewsOfMember } from '../../db/repositories/options-reviews.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { optionsReviewSummary } from '../views/options-reviews.ts';

/**
 * One page of the reviews the caller takes part in (as lead or member), newest first. Reviews of
 * the same authority the caller has no part in are not listed: they answer 404 everywhere else
 * too (ADR 0024).
 */
export async function listOptionsReviews({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OptionsReviewListQuery;
}): Promise<OptionsReviewListResponse> {
  await authorize(ctx, { operationId: 'listOptionsReviews' });
  const { principal } = ctx;
  // The policy row admits only officers and reviewers; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users list options reviews');
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listReviewsOfMember(ctx.db, principal.userId, {
    limit,
    ...(after !== undefined && { after }),
    ...(input.status !== undefined && { status: input.status }),
  });
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  return {
    reviews: page.rows.map((row) =>
      optionsReviewSummary(
        row,
        { latestSchemeVersion: row.latest_scheme_version, optionCount: row.option_count },
        row.lead_display_name,
      ),
    ),
    nextCursor: page.nextCursor,
  };
}
