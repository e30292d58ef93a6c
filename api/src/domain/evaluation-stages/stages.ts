/**
 * The stages a bid passes in the evaluation of a tender (Wertungsstufen), in the order the law
 * describes them, each with its legal basis. Each lot's bids carry a status per stage; an
 * exclusion names the stage, its basis and the reasons. The award decision needs every stage
 * complete for every bid still in the procedure; until then the ranking is not official.
 */
export const evaluationStages = ['formal', 'suitability', 'priceCheck', 'award'] as const;
export type EvaluationStage = (typeof evaluationStages)[number];

/** Where each stage rests in the law, for the record and for the people who read it. */
export const stageBases: Readonly<Record<EvaluationStage, readonly string[]>> = Object.freeze({
  // Formal check: late, incomplete or altered bids (§ 57 VgV), and the exclusion grounds of the
  // bidder (§§ 123, 124 GWB with self-cleaning, § 125 GWB; the competition register, § 6 WRegG).
  formal: ['§ 57 VgV', '§§ 123–126 GWB', '§ 6 WRegG'],
  // Suitability (Eignung): the published criteria of §§ 122 GWB, 42–46 VgV, pass or fail.
  suitability: ['§ 122 GWB', '§§ 42–46 VgV'],
  // The check of an unusually low price: clarification with the bidder, never an automatic
  // exclusion by a threshold (§ 60 VgV).
  priceCheck: ['§ 60 VgV'],
  // The award to the most economically advantageous bid by the published criteria.
  award: ['§ 127 GWB', '§ 58 VgV'],
});

/** A bid's status in one stage. */
export type StageStatus =
  | { state: 'open' }
  /** Waiting for the bidder: a clarification or a request for missing documents runs. */
  | { state: 'waiting'; until: string }
  | { state: 'passed' }
  | { state: 'excluded'; basis: string; reasons: string };

export type BidStages = Readonly<Record<EvaluationStage, StageStatus>>;

/** A bid that has just entered the evaluation: every stage open. */
export function freshStages(): BidStages {
  return {
    formal: { state: 'open' },
    suitability: { state: 'open' },
    priceCheck: { state: 'open' },
    award: { state: 'open' },
  };
}

/** Whether the bid was excluded in some stage, and in which first (in the stages' order). */
export function exclusionOf(stages: BidStages): EvaluationStage | null {
  return evaluationStages.find((stage) => stages[stage].state === 'excluded') ?? null;
}

/**
 * Whether a stage may be worked on now. The formal check comes first: a bid that is not formally
 * admissible is not evaluated further. The other stages may then run in any order: in the open
 * procedure the bids may be evaluated before the bidders' suitability is checked (§ 42 (3) VgV).
 * Nothing is worked on for a bid that is excluded.
 */
export function mayWorkOn(stages: BidStages, stage: EvaluationStage): boolean {
  if (exclusionOf(stages) !== null) return false;
  if (stage === 'formal') return true;
  return stages.formal.state === 'passed';
}

/** What still keeps the award decision open: bids and the stages they have not completed. */
export interface OpenStage {
  bidId: string;
  stage: EvaluationStage;
}

/**
 * The stages not yet complete, over all bids of a lot: every bid still in the procedure has
 * passed all four stages, or the award decision must wait. An excluded bid is complete.
 */
export function openStages(bids: readonly { bidId: string; stages: BidStages }[]): OpenStage[] {
  const open: OpenStage[] = [];
  for (const { bidId, stages } of bids) {
    if (exclusionOf(stages) !== null) continue;
    for (const stage of evaluationStages) {
      if (stages[stage].state !== 'passed') open.push({ bidId, stage });
    }
  }
  return open;
}

/** Whether the award may be decided: at least one bid passed every stage and none is open. */
export function mayDecideAward(bids: readonly { bidId: string; stages: BidStages }[]): boolean {
  return openStages(bids).length === 0 && bids.some(({ stages }) => exclusionOf(stages) === null);
}
