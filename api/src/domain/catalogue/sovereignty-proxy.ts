import type { CatalogueEntry, SovereigntyObjectiveCode } from '@tenderwise/schema';
import { sovereigntyObjectiveCodes } from '@tenderwise/schema';
import { add, div, mul, rational, type Rational } from '../../engine/arithmetic/rational.ts';

type ObjectiveEntry = Extract<CatalogueEntry, { kind: 'sovereigntyObjective' }>;

/** The default weight in percent of each objective, as the catalogue states them. */
export function defaultWeights(
  entries: readonly CatalogueEntry[],
): Record<SovereigntyObjectiveCode, number> {
  const objectives = entries.filter(
    (entry): entry is ObjectiveEntry => entry.kind === 'sovereigntyObjective',
  );
  const weights = Object.fromEntries(
    objectives.map((entry) => [entry.objective.code, entry.objective.defaultWeightPercent]),
  ) as Partial<Record<SovereigntyObjectiveCode, number>>;
  for (const code of sovereigntyObjectiveCodes) {
    if (weights[code] === undefined) throw new RangeError(`The catalogue has no objective ${code}`);
  }
  return weights as Record<SovereigntyObjectiveCode, number>;
}

/**
 * The sovereignty proxy Σ wᵢ · SEALᵢ / 4 in percent, exactly: the Cloud Sovereignty Framework's
 * score formula (section 5) with the SEAL level standing in for the points of each objective's
 * questions. Not the framework's own score, which needs the points per question.
 */
export function sovereigntyProxy(
  weights: Readonly<Record<SovereigntyObjectiveCode, number>>,
  seals: Readonly<Record<SovereigntyObjectiveCode, number>>,
): Rational {
  let total = rational(0n);
  for (const code of sovereigntyObjectiveCodes) {
    const seal = seals[code];
    if (!Number.isInteger(seal) || seal < 0 || seal > 4) {
      throw new RangeError(`SEAL of ${code} must be an integer from 0 to 4`);
    }
    total = add(
      total,
      mul(rational(BigInt(weights[code])), div(rational(BigInt(seal)), rational(4n))),
    );
  }
  return total;
}
