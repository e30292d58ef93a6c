import type { EvaluationMethod, EvaluationScheme } from '@tenderwise/schema';
import { BASIS_POINTS_TOTAL, toBasisPoints } from '../../../engine/weights/basis-points.ts';

/** The reference-value methods (UfAB 2018, Abschnitt 4.21): price is not a criterion of the tree. */
export type RatioMethod = Extract<
  EvaluationMethod,
  { kind: 'ufabSimple' | 'ufabExtended' | 'ufabMedian' }
>;

export function isRatioMethod(method: EvaluationMethod): method is RatioMethod {
  return method.kind !== 'weightedSum';
}

/**
 * The id that stands for "the price" when a person asks about it under a ratio method, where no
 * node of the tree is the price: `price`, or the first `price-N` no element of the scheme uses
 * (ids are unique across every list of a scheme, `validateScheme`).
 */
export function priceQuestionId(scheme: EvaluationScheme): string {
  const used = new Set(
    [
      ...(scheme.exclusionGrounds ?? []),
      ...(scheme.restrictedRequirements ?? []),
      ...scheme.suitability,
      ...scheme.minimumRequirements,
      ...scheme.conditions,
      ...scheme.award,
    ].map((item) => item.id),
  );
  if (!used.has('price')) return 'price';
  let n = 2;
  while (used.has(`price-${n}`)) n += 1;
  return `price-${n}`;
}

/**
 * The scheme "as if price weighed `priceBp`": a weighted sum whose top level is the scheme's
 * award tree scaled to the remaining share (each top-level node keeping its proportion, whole
 * basis points by the largest remainder method) plus a price leaf at `priceBp`, scored by the
 * lowest-price ratio (points = weight · lowest price / price). Everything below the top level,
 * the checks and the price basis stay as published. A calculation aid, never an adopted scheme.
 */
export function priceWeighedScheme(scheme: EvaluationScheme, priceBp: number): EvaluationScheme {
  if (!Number.isInteger(priceBp) || priceBp < 0 || priceBp > BASIS_POINTS_TOTAL)
    throw new RangeError('A price weight is a whole number of basis points from 0 to 10,000');
  const priceId = priceQuestionId(scheme);
  const rest = BASIS_POINTS_TOTAL - priceBp;
  const top = scheme.award.filter((node) => node.parentId === null);
  // Integer inputs in the exact proportions, so the price keeps exactly `priceBp`.
  const scaled = toBasisPoints([
    ...top.map((node) => ({ id: node.id, weight: node.weightBp * rest })),
    { id: priceId, weight: priceBp * BASIS_POINTS_TOTAL },
  ]);
  return {
    ...scheme,
    method: { kind: 'weightedSum', priceFormula: { kind: 'lowestPriceRatio' } },
    award: [
      ...scheme.award.map((node) =>
        node.parentId === null ? { ...node, weightBp: scaled.get(node.id)! } : node,
      ),
      {
        id: priceId,
        parentId: null,
        kind: 'price',
        title: { de: 'Preis', en: 'Price' },
        weightBp: scaled.get(priceId)!,
      },
    ],
  };
}

/** The scheme under the median method with price at `priceBp` (G_P) and performance the rest. */
export function medianWithPriceWeight(
  scheme: EvaluationScheme & { method: { kind: 'ufabMedian' } },
  priceBp: number,
): EvaluationScheme {
  return {
    ...scheme,
    method: { ...scheme.method, performanceWeightBp: BASIS_POINTS_TOTAL - priceBp },
  };
}
