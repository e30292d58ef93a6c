import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';

export interface CheckResult {
  criterionId: string;
  legalType: 'exclusion' | 'restricted' | 'suitability' | 'minimum' | 'condition';
  met: boolean;
  /** Met through the equivalent proof the requirement allows. */
  byEquivalent: boolean;
  /** The reviewer's note on the outcome, as recorded. */
  note: string | null;
}

/** The outcome of every pass/fail criterion for one bid, by stage and in the scheme's order. */
export function checksOf(scheme: EvaluationScheme, bid: EvaluatedBid): CheckResult[] {
  // The formal stage first: exclusion grounds (§§ 123–126 GWB) and restricted requirements.
  const formal = (
    legalType: 'exclusion' | 'restricted',
    criteria: readonly { id: string }[] | undefined,
    outcomes: EvaluatedBid['exclusionGrounds'],
  ) =>
    (criteria ?? []).map((criterion) => {
      const outcome = outcomes?.[criterion.id];
      return {
        criterionId: criterion.id,
        legalType,
        met: outcome?.met === true,
        byEquivalent: outcome?.byEquivalent === true,
        note: outcome?.note ?? null,
      };
    });
  return [
    ...formal('exclusion', scheme.exclusionGrounds, bid.exclusionGrounds),
    ...formal('restricted', scheme.restrictedRequirements, bid.restrictedRequirements),
    ...scheme.suitability.map((criterion) => {
      const outcome = bid.suitability[criterion.id];
      return {
        criterionId: criterion.id,
        legalType: 'suitability' as const,
        met: outcome?.met === true,
        byEquivalent: outcome?.byEquivalent === true,
        note: outcome?.note ?? null,
      };
    }),
    ...scheme.minimumRequirements.map((criterion) => {
      const outcome = bid.minimumRequirements[criterion.id];
      return {
        criterionId: criterion.id,
        legalType: 'minimum' as const,
        met: outcome?.met === true,
        byEquivalent: outcome?.byEquivalent === true,
        note: outcome?.note ?? null,
      };
    }),
    ...scheme.conditions.map((condition) => ({
      criterionId: condition.id,
      legalType: 'condition' as const,
      met: bid.conditionsAccepted[condition.id] === true,
      byEquivalent: false,
      note: null,
    })),
  ];
}
