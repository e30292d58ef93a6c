import { publishedTenderStates } from '../../../domain/tenders/tender-lifecycle.ts';
import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Published tenders are free and open (§ 41 (1) VgV): anybody, without an account, reads a
 * published tender, its scheme versions with their commitments and the public answers to
 * bidders' questions. A draft is invisible (404) here, to everybody, its own team included: the
 * team reads it through the tender operations. Vendors (their users, or API keys with
 * `tenders:read`) register interest to receive the tender's notices and ask questions while the
 * submission period runs; a question after the last day for questions is stored and flagged,
 * not refused (the verb decides, not the table). Authorities never ask: they are not bidders.
 */
const anyone: readonly Grant[] = [
  { to: 'anonymous', relation: 'public', states: publishedTenderStates },
];

/** A vendor, while the submission period runs. */
const vendorWhileOpen: readonly Grant[] = [
  { to: 'vendor', relation: 'public', states: ['published'] },
  { to: { apiKeyScope: 'tenders:read' }, relation: 'public', states: ['published'] },
];

/** A vendor, for its own relation to a published tender. */
const vendorOfPublished: readonly Grant[] = [
  { to: 'vendor', relation: 'public', states: publishedTenderStates },
  { to: { apiKeyScope: 'tenders:read' }, relation: 'public', states: publishedTenderStates },
];

/** Policy rows of the public tender operations; spread into the one table in `access/policy.ts`. */
export const publicTenderPolicies = {
  // Object-less: the verb lists published tenders only.
  listPublishedTenders: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'anonymous', relation: 'public' }],
  },
  getPublishedTender: { object: 'tender', beforeMfa: false, grants: anyone },
  getPublishedTenderSchemeVersion: { object: 'tender', beforeMfa: false, grants: anyone },
  listPublishedTenderAnswers: { object: 'tender', beforeMfa: false, grants: anyone },
  registerTenderInterest: { object: 'tender', beforeMfa: false, grants: vendorWhileOpen },
  withdrawTenderInterest: { object: 'tender', beforeMfa: false, grants: vendorOfPublished },
  askTenderQuestion: { object: 'tender', beforeMfa: false, grants: vendorWhileOpen },
  // The caller's own questions with their state (answered or not, late or not).
  listOwnTenderQuestions: { object: 'tender', beforeMfa: false, grants: vendorOfPublished },
} as const satisfies Record<string, OperationPolicy>;
