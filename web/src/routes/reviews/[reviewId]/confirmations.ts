import type { components } from '@tenderwise/schema/openapi-types';
import {
  nextStatuses,
  statusBlocker,
  type ReviewRights,
  type ReviewStatus,
} from '#lib/options-reviews/rights.ts';

// Steps on the overview that cannot simply be taken back, or that lock somebody out, are
// confirmed first: a plain link (`?confirm=status&to=inReview`, `?confirm=remove&user=<id>`,
// `?confirm=lead&user=<id>`) shows the confirmation, whose button sends the POST. A confirmation
// is only offered for what the review's state and the viewer's rights allow.

type Review = components['schemas']['OptionsReviewResponse'];
type Member = Review['members'][number];

export type Confirmation =
  | { action: 'status'; to: ReviewStatus }
  | { action: 'remove'; member: Member }
  | { action: 'lead'; member: Member };

/** What the overview says after a redirect (`?done=<notice>`, with `user` where it names one). */
export const doneNotices = [
  'created',
  'details-saved',
  'status-changed',
  'member-added',
  'member-removed',
  'lead-transferred',
] as const;
export type DoneNotice = (typeof doneNotices)[number];

/** Whether the member may take over the lead: another officer who takes part. */
export function mayLead(review: Review, member: Member): boolean {
  return member.role === 'officer' && member.userId !== review.leadUserId;
}

/** The confirmation a query asks for, or null when it names nothing the state allows. */
export function confirmationOf(
  query: URLSearchParams,
  review: Review,
  rights: ReviewRights,
): Confirmation | null {
  if (!rights.manage) return null;
  const action = query.get('confirm');
  if (action === 'status') {
    const to = query.get('to');
    const allowed = nextStatuses[review.status].find((status) => status === to);
    return allowed && statusBlocker(review, allowed) === null ? { action, to: allowed } : null;
  }
  if (action === 'remove' || action === 'lead') {
    const member = review.members.find((person) => person.userId === query.get('user'));
    if (!member || member.lead) return null;
    if (action === 'lead' && !mayLead(review, member)) return null;
    return { action, member };
  }
  return null;
}

/** The notice a query asks for, with the member it names (if still listed). */
export function doneOf(
  query: URLSearchParams,
  review: Review,
): { notice: DoneNotice; member: Member | null } | null {
  const notice = query.get('done') ?? query.get('notice');
  if (!(doneNotices as readonly (string | null)[]).includes(notice)) return null;
  return {
    notice: notice as DoneNotice,
    member: review.members.find((person) => person.userId === query.get('user')) ?? null,
  };
}
