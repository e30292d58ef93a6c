import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The evaluation stages of opened bids (ADR 0042): the formal check, suitability and the price
 * check, with requests for missing documents (§ 56 VgV) and clarifications (§ 15 (5) VgV). The
 * team reads the evaluation from the opening to the award; the officers on it decide stages and
 * ask bidders while the bids are being evaluated. The bid's own vendor, signed in or with an API
 * key with scope `bids:submit` (the scope of its bids), answers what it was asked; another
 * vendor's bid is not found.
 */

const evaluationStates = ['opened', 'evaluated', 'awarded'] as const;

/** The team reads the evaluation once the bids are opened. */
const readingTeam: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: evaluationStates },
  { to: 'officer', relation: 'assignedEvaluator', states: evaluationStates },
  { to: 'officer', relation: 'assignedReviewer', states: evaluationStates },
  { to: 'reviewer', relation: 'assignedEvaluator', states: evaluationStates },
  { to: 'reviewer', relation: 'assignedReviewer', states: evaluationStates },
];

/** The officers on the team, while the bids are evaluated. */
const evaluating: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: ['opened'] },
];

/** The bid's own vendor answers while the evaluation runs (the verb checks the deadline day). */
const answering: readonly Grant[] = [
  { to: 'vendor', relation: 'ownVendor', states: ['opened', 'evaluated'] },
  { to: { apiKeyScope: 'bids:submit' }, relation: 'ownVendor', states: ['opened', 'evaluated'] },
];

/** Vendors list what they were asked; the verb names the caller's organisation, nobody else's. */
const vendors: readonly Grant[] = [
  { to: 'vendor', relation: 'public' },
  { to: { apiKeyScope: 'bids:submit' }, relation: 'public' },
];

export const evaluationStagePolicies = {
  getTenderEvaluation: { object: 'tender', beforeMfa: false, grants: readingTeam },
  getBidEvaluation: { object: 'tender', beforeMfa: false, grants: readingTeam },
  recordStageDecision: { object: 'tender', beforeMfa: false, grants: evaluating },
  requestMissingDocument: { object: 'tender', beforeMfa: false, grants: evaluating },
  decideDocumentRequest: { object: 'tender', beforeMfa: false, grants: evaluating },
  askClarification: { object: 'tender', beforeMfa: false, grants: evaluating },
  decideClarification: { object: 'tender', beforeMfa: false, grants: evaluating },
  listOwnBidExchanges: { object: null, beforeMfa: false, grants: vendors },
  answerDocumentRequest: { object: 'bid', beforeMfa: false, grants: answering },
  answerClarification: { object: 'bid', beforeMfa: false, grants: answering },
} as const satisfies Record<string, OperationPolicy>;
