import type { OperationPolicy } from '../policy.ts';

/**
 * Answers bidders of imported bids sent through the authority's e-procurement platform: the
 * tender's officers record them while the bids are evaluated (the verbs check that the bid was
 * imported and the exchange still open).
 */
export const evaluationReceivedAnswerPolicies = {
  recordReceivedDocuments: {
    object: 'tender',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'assignedOfficer', states: ['opened'] }],
  },
  recordReceivedClarification: {
    object: 'tender',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'assignedOfficer', states: ['opened'] }],
  },
} as const satisfies Record<string, OperationPolicy>;
