import {
  findOptionsReview,
  listMemberIds,
  type OptionsReviewRow,
} from '../../db/repositories/options-reviews.ts';
import type { AccessObject } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/** A review and who takes part in it: what `authorize` decides on. */
export interface ReviewAccess {
  review: OptionsReviewRow;
  memberUserIds: string[];
}

export async function findReviewAccess(
  db: ServiceContext['db'],
  reviewId: string,
): Promise<ReviewAccess | undefined> {
  const review = await findOptionsReview(db, reviewId);
  if (review === undefined) return undefined;
  return { review, memberUserIds: await listMemberIds(db, reviewId) };
}

/**
 * The review as `authorize` sees it: owned by its authority, in its status, known to its lead and
 * members only (a policy row relates the caller with `reviewLead` or `reviewMember`).
 */
export function reviewAccessObject({ review, memberUserIds }: ReviewAccess): AccessObject {
  return {
    type: 'optionsReview',
    id: review.id,
    organisationId: review.organisation_id,
    reviewStatus: review.status,
    review: { leadUserId: review.lead_user_id, memberUserIds },
  };
}

/** The same answer for a review that does not exist and one the caller may not know of. */
export const reviewNotFound = 'Nothing exists at this address.';
