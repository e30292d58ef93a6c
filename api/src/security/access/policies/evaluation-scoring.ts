import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The panel's blind scoring of the lots' ordinal award criteria and its consensus (§ 58 (2) VgV,
 * § 127 (1) GWB), once the bids are opened. The whole team reads the scoring from the opening on
 * (the verb decides what each member sees: evaluators are blind until they submitted). Only the
 * team's evaluators score, only its officers record the consensus (where the evaluators diverge,
 * only the tender's lead: the verb checks), and only while the tender is `opened`: after the
 * evaluation the scores stand as recorded. Reviewers read.
 */

const evaluationStates = ['opened', 'evaluated', 'awarded'] as const;

const readingTeam: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: evaluationStates },
  { to: 'officer', relation: 'assignedEvaluator', states: evaluationStates },
  { to: 'officer', relation: 'assignedReviewer', states: evaluationStates },
  { to: 'reviewer', relation: 'assignedEvaluator', states: evaluationStates },
  { to: 'reviewer', relation: 'assignedReviewer', states: evaluationStates },
];

/** The team's evaluators, whatever their role, while the bids are evaluated. */
const scoring: readonly Grant[] = [
  { to: 'officer', relation: 'assignedEvaluator', states: ['opened'] },
  { to: 'reviewer', relation: 'assignedEvaluator', states: ['opened'] },
];

/** Policy rows of the scoring operations; spread into the one table in `access/policy.ts`. */
export const evaluationScoringPolicies = {
  getTenderScoring: { object: 'tender', beforeMfa: false, grants: readingTeam },
  saveTenderScoreSheet: { object: 'tender', beforeMfa: false, grants: scoring },
  submitTenderScoreSheet: { object: 'tender', beforeMfa: false, grants: scoring },
  recordTenderConsensus: {
    object: 'tender',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'assignedOfficer', states: ['opened'] }],
  },
} as const satisfies Record<string, OperationPolicy>;
