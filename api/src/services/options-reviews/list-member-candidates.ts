import type {
  OptionsReviewMemberCandidateListQuery,
  OptionsReviewMemberCandidateListResponse,
} from '@tenderwise/schema';
import { listMemberCandidates as listCandidateRows } from '../../db/repositories/options-reviews.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { readableReview } from './review-steps.ts';

/**
 * One page of the users the lead may add to the review: the active officers and reviewers of its
 * authority who do not take part yet. The lead picks from it instead of typing an id, and learns
 * nothing about other authorities' users.
 */
export async function listMemberCandidates({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: OptionsReviewMemberCandidateListQuery & { reviewId: string };
}): Promise<OptionsReviewMemberCandidateListResponse> {
  const { review } = await readableReview(ctx, 'listOptionsReviewMemberCandidates', input.reviewId);
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listCandidateRows(
    ctx.db,
    { id: review.id, organisationId: review.organisation_id },
    { limit, ...(after !== undefined && { after }) },
  );
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  return {
    candidates: page.rows.map((row) => ({
      userId: row.id,
      displayName: row.display_name,
      role: row.role,
    })),
    nextCursor: page.nextCursor,
  };
}
