import type { EvaluatedBid, EvaluationScheme, OptionOffer } from '@tenderwise/schema';

/** An option as the results read it: its id, name and offer. */
export interface ResultsOption {
  id: string;
  name: string;
  vendorName: string | null;
  offer: OptionOffer;
}

/** The lead's consensus score of an option on an ordinal criterion. */
export interface ResultsConsensus {
  optionId: string;
  criterionId: string;
  score: number;
  justification: string;
}

/** What an option still lacks before the results can be computed. */
export interface MissingInput {
  optionId: string;
  /** The criterion concerned; the price criterion's id for a missing price. */
  criterionId: string;
  what: 'consensus' | 'metricValue' | 'price';
}

/**
 * Pass/fail criteria are not judged in an options review: no procedure binds it, suitability is
 * about the company (never scored, § 122 GWB), and an option's offer records answers to minimum
 * requirements in words, not outcomes. The bids carry them as met, with this note; the results
 * name them (`unjudged`), so nobody reads them as checked.
 */
export const notJudgedNote = 'Not judged in an options review';

/**
 * The options as the engine's bids: the consensus scores as the ordinal assessments (with the
 * joint justification), the offers' measured values and attestations (an attestation criterion
 * the offer says nothing about counts as no attestation held), the offers' price or cost. Where
 * a consensus, a measured value or a price is missing, or the offer was written for a scheme
 * with another price basis or kind of criterion, the gap is listed instead: a missing answer is
 * a gap in the record, not a silent zero.
 */
export function optionBids(
  scheme: EvaluationScheme,
  options: readonly ResultsOption[],
  consensus: readonly ResultsConsensus[],
): { bids: EvaluatedBid[]; missing: MissingInput[] } {
  const agreed = new Map(
    consensus.map((item) => [`${item.optionId}\u0000${item.criterionId}`, item]),
  );
  const met = (criteria: readonly { id: string }[] | undefined) =>
    Object.fromEntries(
      (criteria ?? []).map((criterion) => [
        criterion.id,
        { met: true, byEquivalent: false, note: notJudgedNote },
      ]),
    );
  const priceLeaf = scheme.award.find((node) => node.kind === 'price');
  const priceId = priceLeaf?.id ?? 'price';
  const missing: MissingInput[] = [];
  const bids: EvaluatedBid[] = [];
  for (const option of options) {
    const assessments: EvaluatedBid['assessments'] = {};
    let complete = true;
    const lacks = (criterionId: string, what: MissingInput['what']) => {
      missing.push({ optionId: option.id, criterionId, what });
      complete = false;
    };
    for (const leaf of scheme.award) {
      if (leaf.kind === 'ordinal') {
        const score = agreed.get(`${option.id}\u0000${leaf.id}`);
        if (score === undefined || score.score > leaf.scale) lacks(leaf.id, 'consensus');
        else {
          assessments[leaf.id] = {
            kind: 'ordinal',
            score: score.score,
            justification: { de: score.justification, en: score.justification },
            individual: [],
          };
        }
      } else if (leaf.kind === 'metric') {
        const value = option.offer.assessments[leaf.id];
        if (value?.kind !== 'metric') lacks(leaf.id, 'metricValue');
        else assessments[leaf.id] = value;
      } else if (leaf.kind === 'attestation') {
        const held = option.offer.assessments[leaf.id];
        assessments[leaf.id] =
          held?.kind === 'attestation' ? held : { kind: 'attestation', evidence: [] };
      }
    }
    const price = option.offer.price;
    const priceFits =
      price !== undefined &&
      price.kind === scheme.price.kind &&
      (price.kind !== 'lifeCycleCost' ||
        scheme.price.kind !== 'lifeCycleCost' ||
        !Array.isArray(price.costs.recurringPerYear) ||
        price.costs.recurringPerYear.length === scheme.price.termYears);
    if (!priceFits) lacks(priceId, 'price');
    if (!complete || price === undefined) continue;
    bids.push({
      id: option.id,
      ...(scheme.exclusionGrounds && { exclusionGrounds: met(scheme.exclusionGrounds) }),
      ...(scheme.restrictedRequirements && {
        restrictedRequirements: met(scheme.restrictedRequirements),
      }),
      suitability: met(scheme.suitability),
      minimumRequirements: met(scheme.minimumRequirements),
      conditionsAccepted: Object.fromEntries(scheme.conditions.map(({ id }) => [id, true])),
      assessments,
      price,
    });
  }
  return { bids, missing };
}
