import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Vendors' bids to the sealed vault (ADR 0041): a vendor's users, or its API keys with scope
 * `bids:submit`, submit to a published tender until its bids are opened: also after the
 * deadline, when the bid is stored and flagged late (§ 57 (1) Nr. 1 VgV; the verb decides).
 * The authority's side never appears here.
 */
const vendorUntilOpening: readonly Grant[] = [
  { to: 'vendor', relation: 'public', states: ['published', 'submissionClosed'] },
  {
    to: { apiKeyScope: 'bids:submit' },
    relation: 'public',
    states: ['published', 'submissionClosed'],
  },
];

export const bidSubmissionPolicies = {
  submitBid: { object: 'tender', beforeMfa: false, grants: vendorUntilOpening },
} as const satisfies Record<string, OperationPolicy>;
