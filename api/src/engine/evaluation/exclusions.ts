import type { EvaluatedBid, EvaluationScheme, exclusionCodes } from '@tenderwise/schema';

export interface Exclusion {
  code: (typeof exclusionCodes)[number];
  criterionId: string;
}

/**
 * Why a bid cannot be awarded, whatever its score: an exclusion ground or an unmet restricted
 * requirement (formal stage), a failed suitability or minimum criterion, a contract condition not
 * accepted, or a score below a published minimum (CJEU C-546/16).
 */
export function exclusionsOf(scheme: EvaluationScheme, bid: EvaluatedBid): Exclusion[] {
  const reasons: Exclusion[] = [];
  for (const ground of scheme.exclusionGrounds ?? []) {
    if (!bid.exclusionGrounds?.[ground.id]?.met)
      reasons.push({ code: 'exclusionGroundApplies', criterionId: ground.id });
  }
  for (const requirement of scheme.restrictedRequirements ?? []) {
    if (!bid.restrictedRequirements?.[requirement.id]?.met)
      reasons.push({ code: 'restrictedNotMet', criterionId: requirement.id });
  }
  for (const criterion of scheme.suitability) {
    if (!bid.suitability[criterion.id]?.met)
      reasons.push({ code: 'suitabilityNotMet', criterionId: criterion.id });
  }
  for (const criterion of scheme.minimumRequirements) {
    if (!bid.minimumRequirements[criterion.id]?.met)
      reasons.push({ code: 'minimumNotMet', criterionId: criterion.id });
  }
  for (const condition of scheme.conditions) {
    if (bid.conditionsAccepted[condition.id] !== true)
      reasons.push({ code: 'conditionNotAccepted', criterionId: condition.id });
  }
  for (const node of scheme.award) {
    if (node.kind !== 'ordinal' || node.minimumScore === undefined) continue;
    const assessment = bid.assessments[node.id];
    if (assessment?.kind === 'ordinal' && assessment.score < node.minimumScore) {
      reasons.push({ code: 'belowMinimumScore', criterionId: node.id });
    }
  }
  return reasons;
}
