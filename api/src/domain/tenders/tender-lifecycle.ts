/**
 * The states of a tender (procurement procedure), defined before tenders exist so that the policy
 * table can already say in which states an operation is allowed. In order of a normal procedure:
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
 * - `cancelled`: the procedure was cancelled (Aufhebung, § 63 VgV) with its legal ground; it can
 *   be reached from every state before `awarded`.
 */
export const tenderStates = [
  'draft',
  'published',
  'submissionClosed',
  'opened',
  'evaluated',
  'awarded',
  'cancelled',
] as const;
export type TenderState = (typeof tenderStates)[number];

/** States in which the tender is publicly known (its notice was published). */
export const publishedTenderStates = [
  'published',
  'submissionClosed',
  'opened',
  'evaluated',
  'awarded',
  'cancelled',
] as const satisfies readonly TenderState[];
