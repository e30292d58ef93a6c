import type { Grant, OperationPolicy } from '../policy.ts';
import { team } from './tenders.ts';

/**
 * The official result of each lot and the award decision. The tender's officers compute a result
 * while the bids are being evaluated (`opened`); the whole team reads and recomputes it from then
 * on. The award decision is the lead officer's (the verb checks the lead among the officers),
 * once, while the tender is `opened`; it moves the tender to `evaluated`.
 */
const evaluating: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: ['opened'] },
];

/** The team, from the opening on. */
const teamAfterOpening: readonly Grant[] = team.map((grant) => ({
  ...grant,
  states: ['opened', 'evaluated', 'awarded'],
}));

export const evaluationResultPolicies = {
  computeOfficialResult: { object: 'tender', beforeMfa: false, grants: evaluating },
  getOfficialResult: { object: 'tender', beforeMfa: false, grants: teamAfterOpening },
  // Recomputes and compares; changes nothing.
  verifyOfficialResult: { object: 'tender', beforeMfa: false, grants: teamAfterOpening },
  decideAward: { object: 'tender', beforeMfa: false, grants: evaluating },
  getAwardDecision: { object: 'tender', beforeMfa: false, grants: teamAfterOpening },
} as const satisfies Record<string, OperationPolicy>;
