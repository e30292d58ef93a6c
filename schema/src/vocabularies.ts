/**
 * The shared vocabularies: each list is defined here once and used by the API (database tables,
 * policy table, domain rules), by the request and response schemas and by the web front end.
 */

/** Buyers are authorities; vendors bid. */
export const organisationKindNames = ['authority', 'vendor'] as const;
export type OrganisationKindName = (typeof organisationKindNames)[number];

/** Users' roles; vendors belong to vendor organisations, everybody else to an authority. */
export const userRoleNames = ['admin', 'officer', 'reviewer', 'vendor'] as const;
export type UserRoleName = (typeof userRoleNames)[number];

/** What a vendor organisation's API key may be used for. */
export const apiKeyScopeNames = ['tenders:read', 'self-assessment:write', 'bids:submit'] as const;
export type ApiKeyScopeName = (typeof apiKeyScopeNames)[number];

/**
 * The states of a tender (procurement procedure), in the order of a normal procedure; the
 * transitions between them are domain rules (api/src/domain/tenders/tender-lifecycle.ts).
 *
 * - `draft`: being prepared by the authority; invisible outside it. Scheme and weights may change.
 * - `published`: the contract notice is out and the evaluation scheme frozen under its commitment
 *   (§ 127 (5) GWB); vendors ask questions and submit sealed bids until the submission deadline.
 *   Corrections create a new scheme version but do not leave this state.
 * - `submissionClosed`: the submission deadline has passed; bids stay sealed until the opening
 *   (§ 55 VgV) and no bid is accepted any more (late bids are kept sealed and flagged).
 * - `opened`: at least two opening officers opened the bids together; formal check, suitability,
 *   price check and scoring happen here.
 * - `evaluated`: the evaluation result is stored (pure function of the frozen scheme and the
 *   consensus scores); pre-award information (§ 134 GWB) and the standstill period follow.
 * - `awarded`: the contract was awarded (Zuschlag); the procurement file is kept (§ 8 VgV).
 * - `cancelled`: the procedure was cancelled (Aufhebung, § 63 VgV) with its legal ground.
 */
export const tenderStateNames = [
  'draft',
  'published',
  'submissionClosed',
  'opened',
  'evaluated',
  'awarded',
  'cancelled',
] as const;
export type TenderStateName = (typeof tenderStateNames)[number];

/**
 * The statuses of an options review (Optionenvergleich), in order; the transitions between them
 * are domain rules (api/src/domain/options-reviews/review-lifecycle.ts).
 *
 * - `draft`: the lead and the officers among the members build the scheme and enter the options.
 * - `inReview`: the members review the options on the scheme; scheme and options may still change,
 *   each change a new scheme version or option version.
 * - `concluded`: read-only; the review records the commitment of the scheme version it used.
 */
export const optionsReviewStatusNames = ['draft', 'inReview', 'concluded'] as const;
export type OptionsReviewStatusName = (typeof optionsReviewStatusNames)[number];
