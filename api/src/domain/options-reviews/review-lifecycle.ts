import { optionsReviewStatusNames, type OptionsReviewStatusName } from '@tenderwise/schema';

/** The statuses of an options review, defined once in the shared schema (see its description). */
export const optionsReviewStatuses = optionsReviewStatusNames;
export type OptionsReviewStatus = OptionsReviewStatusName;

/**
 * The transitions of a review as data: the verb that changes the status checks them. A review in
 * review may go back to draft (the scheme needs rework before anybody reviews it); a concluded
 * review is final and read-only.
 */
export const reviewTransitions = {
  draft: ['inReview'],
  inReview: ['draft', 'concluded'],
  concluded: [],
} as const satisfies Record<OptionsReviewStatus, readonly OptionsReviewStatus[]>;

/** Statuses in which the review, its members, scheme and options may change. */
export const editableReviewStatuses = [
  'draft',
  'inReview',
] as const satisfies readonly OptionsReviewStatus[];

export function isEditable(status: OptionsReviewStatus): boolean {
  return (editableReviewStatuses as readonly OptionsReviewStatus[]).includes(status);
}

export function canTransition(from: OptionsReviewStatus, to: OptionsReviewStatus): boolean {
  return (reviewTransitions[from] as readonly OptionsReviewStatus[]).includes(to);
}

/** What a change of status needs to know about the review beyond its status. */
export interface ReviewContents {
  /** The newest scheme version's number, or null before the first is saved. */
  latestSchemeVersion: number | null;
  optionCount: number;
}

/**
 * Why the review may not move from one status to the other, in words for the caller; null when
 * it may. Members review options against criteria, so a review goes into review only with a
 * scheme, and concludes only with a scheme and at least one option to have compared.
 */
export function statusChangeRefusal(
  from: OptionsReviewStatus,
  to: OptionsReviewStatus,
  contents: ReviewContents,
): string | null {
  if (from === to) return `The review is ${from} already.`;
  if (!canTransition(from, to)) {
    return from === 'concluded'
      ? 'A concluded review is read-only.'
      : `A review cannot move from ${from} to ${to}.`;
  }
  if (to === 'inReview' || to === 'concluded') {
    if (contents.latestSchemeVersion === null) {
      return 'Save a scheme first: the members review the options on its criteria.';
    }
  }
  if (to === 'concluded' && contents.optionCount === 0) {
    return 'Add at least one option first: a review concludes on the options it compared.';
  }
  return null;
}
