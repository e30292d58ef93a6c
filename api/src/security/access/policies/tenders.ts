import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The authority's side of tenders (ADR 0038): a tender is its authority's, and within the
 * authority it is visible to its team alone (`assignedOfficer`, `assignedEvaluator`,
 * `assignedReviewer`): to a colleague who is not on the team, and to another authority, it does
 * not exist (404) — before publication the procurement documents are confidential (§ 5 VgV).
 * Officers on the team prepare the tender while it is a draft, ask for its publication, and a
 * second officer on the team approves it (four eyes; the verb refuses the officer who asked).
 * After publication the scheme is frozen: the preparing grants hold in `draft` alone, so any
 * change is refused with 409, and corrections (§ 20 (3) VgV) are their own operation while the
 * submission period runs. Cancelling (§ 63 VgV) is possible until the award. Evaluators and
 * reviewers (committee members, opening officers until the opening is built) read. Every member
 * makes their own declaration under § 6 VgV. Administrators administer the installation, not its
 * tenders (ADR 0013): no row grants `admin`. The public side is in `public-tenders.ts`.
 */

/** Everybody on the team, to read, in every state. */
export const team: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer' },
  { to: 'officer', relation: 'assignedEvaluator' },
  { to: 'officer', relation: 'assignedReviewer' },
  { to: 'reviewer', relation: 'assignedEvaluator' },
  { to: 'reviewer', relation: 'assignedReviewer' },
];

/** The officers on the team while the tender is a draft: they prepare it. */
const preparing: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: ['draft'] },
];

/** The officers on the team while the submission period runs. */
const running: readonly Grant[] = [
  { to: 'officer', relation: 'assignedOfficer', states: ['published'] },
];

/** The officers on the team until the award; the team changes as people come and go. */
const managing: readonly Grant[] = [
  {
    to: 'officer',
    relation: 'assignedOfficer',
    states: ['draft', 'published', 'submissionClosed', 'opened', 'evaluated'],
  },
];

/** Policy rows of the tender operations; spread into the one table in `access/policy.ts`. */
export const tenderPolicies = {
  // Officers start tenders and lead the ones they start; the tender belongs to their authority.
  createTender: { object: null, beforeMfa: false, grants: [{ to: 'officer', relation: 'public' }] },
  // Object-less: the verb lists the tenders on whose team the caller is.
  listTenders: {
    object: null,
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'public' },
      { to: 'reviewer', relation: 'public' },
    ],
  },
  // The procedure types of a regime with their stages: reference data for preparing a tender.
  listTenderProcedureTypes: {
    object: null,
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'public' },
      { to: 'reviewer', relation: 'public' },
    ],
  },
  getTender: { object: 'tender', beforeMfa: false, grants: team },
  updateTender: { object: 'tender', beforeMfa: false, grants: preparing },
  updateTenderDeadlines: { object: 'tender', beforeMfa: false, grants: preparing },
  listTenderLots: { object: 'tender', beforeMfa: false, grants: team },
  createTenderLot: { object: 'tender', beforeMfa: false, grants: preparing },
  updateTenderLot: { object: 'tender', beforeMfa: false, grants: preparing },
  deleteTenderLot: { object: 'tender', beforeMfa: false, grants: preparing },
  getTenderLotScheme: { object: 'tender', beforeMfa: false, grants: team },
  saveTenderLotScheme: { object: 'tender', beforeMfa: false, grants: preparing },
  listTenderSchemeVersions: { object: 'tender', beforeMfa: false, grants: team },
  getTenderSchemeVersion: { object: 'tender', beforeMfa: false, grants: team },
  listTenderTeam: { object: 'tender', beforeMfa: false, grants: team },
  // Whom the officers may add: names and roles of the authority's people.
  listTenderTeamCandidates: { object: 'tender', beforeMfa: false, grants: managing },
  addTenderTeamMember: { object: 'tender', beforeMfa: false, grants: managing },
  removeTenderTeamMember: { object: 'tender', beforeMfa: false, grants: managing },
  // Each member declares for themselves (the verb takes the caller), in every state.
  declareNoConflictOfInterest: { object: 'tender', beforeMfa: false, grants: team },
  requestTenderPublication: { object: 'tender', beforeMfa: false, grants: preparing },
  withdrawTenderPublicationRequest: { object: 'tender', beforeMfa: false, grants: preparing },
  // The second officer: the verb refuses the one who asked (four eyes).
  approveTenderPublication: { object: 'tender', beforeMfa: false, grants: preparing },
  correctTender: { object: 'tender', beforeMfa: false, grants: running },
  cancelTender: { object: 'tender', beforeMfa: false, grants: managing },
  listTenderQuestions: { object: 'tender', beforeMfa: false, grants: team },
  answerTenderQuestion: {
    object: 'tender',
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'assignedOfficer', states: ['published', 'submissionClosed'] },
    ],
  },
  listTenderInterests: { object: 'tender', beforeMfa: false, grants: team },
  listTenderNotices: { object: 'tender', beforeMfa: false, grants: team },
  getTenderRecord: { object: 'tender', beforeMfa: false, grants: team },
} as const satisfies Record<string, OperationPolicy>;
