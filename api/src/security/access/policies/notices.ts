import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Notices (ADR 0036) reach an organisation, or one of its users: every signed-in user reads the
 * notices of their organisation that are addressed to it or to them, and marks them read; a
 * vendor's API key with `tenders:read` reads its organisation's. The verbs take the organisation
 * from the caller, so nobody names another's notices: a notice of another organisation answers
 * 404 like one that does not exist.
 */
const recipients: readonly Grant[] = [
  { to: 'officer', relation: 'public' },
  { to: 'reviewer', relation: 'public' },
  { to: 'vendor', relation: 'public' },
  { to: { apiKeyScope: 'tenders:read' }, relation: 'public' },
];

/** Policy rows of the notice operations; spread into the one table in `access/policy.ts`. */
export const noticePolicies = {
  listNotices: { object: null, beforeMfa: false, grants: recipients },
  markNoticeRead: { object: null, beforeMfa: false, grants: recipients },
} as const satisfies Record<string, OperationPolicy>;
