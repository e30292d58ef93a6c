import type { Grant, OperationPolicy } from '../policy.ts';
import { team } from './tenders.ts';

/**
 * Our sealed vault for bids (ADR 0040, 0041), on the authority's side. The opening officers and
 * their deputies (`assignedOpener`) set their own opening passphrases while the tender is a draft,
 * and so may the tender's officers (`assignedOfficer`), who hold the break-glass split; the whole
 * team sees who has. The opening session itself (§ 55 VgV) is theirs alone.
 */

/**
 * Who acts in an opening session: the opening holders at the joint opening, the officers in a
 * break-glass one (the verbs check which session it is and whose share counts).
 */
const inSession: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOpener', states: ['submissionClosed'] },
  { to: 'officer', relation: 'assignedBreakGlass', states: ['submissionClosed'] },
];

export const bidVaultPolicies = {
  listOpeningKeys: { object: 'tender', beforeMfa: false, grants: team },
  // Each holder for themselves (the verb takes the caller); keys are fixed at publication.
  setOpeningPassphrase: {
    object: 'tender',
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'assignedOpener', states: ['draft'] },
      // The officers of the team, for the break-glass split.
      { to: 'officer', relation: 'assignedOfficer', states: ['draft'] },
    ],
  },
  // The joint opening (§ 55 VgV): started after the deadline (the verb checks the clock) while
  // the tender takes or has just stopped taking bids; starting it closes the submission.
  startOpeningSession: {
    object: 'tender',
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'assignedOpener', states: ['published', 'submissionClosed'] },
    ],
  },
  // The officers' break-glass (the verb asks the officer capacity and the officers' split).
  startBreakGlassOpening: {
    object: 'tender',
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'assignedOfficer', states: ['published', 'submissionClosed'] },
    ],
  },
  listOpeningSessions: { object: 'tender', beforeMfa: false, grants: team },
  getOpeningSession: { object: 'tender', beforeMfa: false, grants: team },
  confirmOpeningPresence: { object: 'tender', beforeMfa: false, grants: inSession },
  openBids: { object: 'tender', beforeMfa: false, grants: inSession },
  abandonOpeningSession: { object: 'tender', beforeMfa: false, grants: inSession },
  // The record and the bids: the verbs tell what exists only after the opening.
  getOpeningRecord: { object: 'tender', beforeMfa: false, grants: team },
  listTenderBids: { object: 'tender', beforeMfa: false, grants: team },
  getTenderBid: { object: 'tender', beforeMfa: false, grants: team },
} as const satisfies Record<string, OperationPolicy>;
