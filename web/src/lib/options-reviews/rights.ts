import type { components } from '@tenderwise/schema/openapi-types';
import type { SignedInUser } from '#lib/account/signed-in-user.ts';

// What the pages offer to whom. They mirror the API's policy rows (ADR 0024) so nobody is shown
// a button that would only be refused; the API still decides every request.

type Review = components['schemas']['OptionsReviewResponse'];
export type ReviewStatus = components['schemas']['OptionsReviewStatus'];

export interface ReviewRights {
  /** The lead manages the review: details, status, members, the lead itself. */
  manage: boolean;
  /** Officers who take part edit the scheme and the options. */
  edit: boolean;
  /** Everybody who takes part (officers and committee members) scores the options. */
  score: boolean;
  /** Everybody who takes part states a weight set; the lead adopts weights (`manage`). */
  weigh: boolean;
}

/** Nothing changes in a concluded review, whoever looks at it. */
export function rightsIn(review: Review, user: Pick<SignedInUser, 'id' | 'role'>): ReviewRights {
  const open = review.status !== 'concluded';
  const member = review.members.some((person) => person.userId === user.id);
  return {
    manage: open && review.leadUserId === user.id,
    edit: open && member && user.role === 'officer',
    score: open && member,
    weigh: open && member,
  };
}

/** Where the lead may move the review from each status, as the API's lifecycle allows. */
export const nextStatuses: Record<ReviewStatus, readonly ReviewStatus[]> = {
  draft: ['inReview'],
  inReview: ['concluded', 'draft'],
  concluded: [],
};

/**
 * Why the review cannot move on yet, as a message key, or null: the members review options on
 * the scheme's criteria, and a review concludes on the options it compared.
 */
export function statusBlocker(
  review: Pick<Review, 'latestSchemeVersion' | 'optionCount'>,
  to: ReviewStatus,
): 'review_status_needs_scheme' | 'review_status_needs_option' | null {
  if (to === 'draft') return null;
  if (review.latestSchemeVersion === null) return 'review_status_needs_scheme';
  if (to === 'concluded' && review.optionCount === 0) return 'review_status_needs_option';
  return null;
}
