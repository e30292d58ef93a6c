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

/**
 * The bid's own vendor (`ownVendor`), signed in or with an API key with scope `bids:submit`,
 * changes or withdraws it until the bids are opened (§ 57 (1) Nr. 1 VgV for late changes).
 * Another vendor's bid is not found, exactly like a missing one.
 */
const ownBidUntilOpening: readonly Grant[] = [
  { to: 'vendor', relation: 'ownVendor', states: ['published', 'submissionClosed'] },
  {
    to: { apiKeyScope: 'bids:submit' },
    relation: 'ownVendor',
    states: ['published', 'submissionClosed'],
  },
];

/** The bid's own vendor reads it, its receipts and state, in every state of the tender. */
const ownBid: readonly Grant[] = [
  { to: 'vendor', relation: 'ownVendor' },
  { to: { apiKeyScope: 'bids:submit' }, relation: 'ownVendor' },
];

/** Vendors list their own bids; the verb names the caller's organisation, nobody else's. */
const vendors: readonly Grant[] = [
  { to: 'vendor', relation: 'public' },
  { to: { apiKeyScope: 'bids:submit' }, relation: 'public' },
];

/** Officers on the team record outages of the submission channel from publication on. */
const recordingOutages: readonly Grant[] = [
  {
    to: 'officer',
    relation: 'assignedOfficer',
    states: ['published', 'submissionClosed', 'opened', 'evaluated', 'awarded'],
  },
];

/** The tender's team reads the recorded outages. */
const team: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer' },
  { to: 'officer', relation: 'assignedEvaluator' },
  { to: 'officer', relation: 'assignedReviewer' },
  { to: 'reviewer', relation: 'assignedEvaluator' },
  { to: 'reviewer', relation: 'assignedReviewer' },
];

export const bidSubmissionPolicies = {
  submitBid: { object: 'tender', beforeMfa: false, grants: vendorUntilOpening },
  changeBid: { object: 'bid', beforeMfa: false, grants: ownBidUntilOpening },
  withdrawBid: { object: 'bid', beforeMfa: false, grants: ownBidUntilOpening },
  listOwnBids: { object: null, beforeMfa: false, grants: vendors },
  getOwnBid: { object: 'bid', beforeMfa: false, grants: ownBid },
  // Platform outages (§ 57 (1) Nr. 1 VgV): the authority's record of the channel's failures.
  recordPlatformOutage: { object: 'tender', beforeMfa: false, grants: recordingOutages },
  listPlatformOutages: { object: 'tender', beforeMfa: false, grants: team },
} as const satisfies Record<string, OperationPolicy>;
