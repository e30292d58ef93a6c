import { editableReviewStatuses } from '../../../domain/options-reviews/review-lifecycle.ts';
import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Options reviews (ADR 0024) are visible only to the people who take part in them: their lead
 * officer and their members (officers and reviewers of the review's authority). Anybody else,
 * another authority's user or a colleague of the same authority who does not take part, gets 404
 * on every operation that names a review, as if it did not exist; lists show only the caller's
 * reviews. Administrators administer the installation, not its reviews (ADR 0013): no row grants
 * `admin`, and an administrator cannot be a member. Vendors and API keys have no part in reviews.
 *
 * Within a review, the lead manages it (details, status, members, the lead itself), officers
 * among the members edit the scheme and the options, reviewers (committee members) read; all
 * members score and state weight sets, and the lead records the consensus and adopts weights. Nothing
 * changes once the review is concluded: the changing grants hold in `draft` and `inReview` only,
 * so a change to a concluded review is refused with 409.
 */
const editable = editableReviewStatuses;

/** Everybody who takes part, to read. */
const members: readonly Grant[] = [
  { to: 'officer', relation: 'reviewMember' },
  { to: 'reviewer', relation: 'reviewMember' },
];

/** The officers who take part (the lead among them), to edit scheme and options. */
const editingOfficers: readonly Grant[] = [
  { to: 'officer', relation: 'reviewMember', states: editable },
];

/** Everybody who takes part scores and weighs (officers and reviewers, the lead among them). */
const scoringMembers: readonly Grant[] = [
  { to: 'officer', relation: 'reviewMember', states: editable },
  { to: 'reviewer', relation: 'reviewMember', states: editable },
];

/** The lead officer alone. */
const lead: readonly Grant[] = [{ to: 'officer', relation: 'reviewLead', states: editable }];

/** Policy rows of the options review operations; spread into the one table in `access/policy.ts`. */
export const optionsReviewPolicies = {
  // Officers start reviews and lead the ones they start; the review belongs to their authority.
  createOptionsReview: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'public' }],
  },
  // Object-less: the verb lists the caller's own reviews only.
  listOptionsReviews: {
    object: null,
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'public' },
      { to: 'reviewer', relation: 'public' },
    ],
  },
  getOptionsReview: { object: 'optionsReview', beforeMfa: false, grants: members },
  updateOptionsReview: { object: 'optionsReview', beforeMfa: false, grants: lead },
  changeOptionsReviewStatus: { object: 'optionsReview', beforeMfa: false, grants: lead },
  addOptionsReviewMember: { object: 'optionsReview', beforeMfa: false, grants: lead },
  removeOptionsReviewMember: { object: 'optionsReview', beforeMfa: false, grants: lead },
  transferOptionsReviewLead: { object: 'optionsReview', beforeMfa: false, grants: lead },
  // Whom the lead may add: names and roles of the authority's people, for the lead alone.
  listOptionsReviewMemberCandidates: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: lead,
  },
  saveOptionsReviewSchemeVersion: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: editingOfficers,
  },
  listOptionsReviewSchemeVersions: { object: 'optionsReview', beforeMfa: false, grants: members },
  getOptionsReviewSchemeVersion: { object: 'optionsReview', beforeMfa: false, grants: members },
  createOptionsReviewOption: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: editingOfficers,
  },
  updateOptionsReviewOption: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: editingOfficers,
  },
  deleteOptionsReviewOption: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: editingOfficers,
  },
  listOptionsReviewOptions: { object: 'optionsReview', beforeMfa: false, grants: members },
  // Every member reads the scoring; what of the others' scores it shows is the verb's rule
  // (blind until the reader has submitted), not a relation.
  getOptionsReviewScoring: { object: 'optionsReview', beforeMfa: false, grants: members },
  saveOptionsReviewScoreSheet: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: scoringMembers,
  },
  submitOptionsReviewScoreSheet: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: scoringMembers,
  },
  recordOptionsReviewConsensus: { object: 'optionsReview', beforeMfa: false, grants: lead },
  // Weighting is not blind: every member reads every member's weight set and the group's.
  getOptionsReviewWeighting: { object: 'optionsReview', beforeMfa: false, grants: members },
  // Each member saves their own set; the verb writes only the caller's row.
  saveOptionsReviewWeightSet: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: scoringMembers,
  },
  adoptOptionsReviewWeights: { object: 'optionsReview', beforeMfa: false, grants: lead },
} as const satisfies Record<string, OperationPolicy>;
