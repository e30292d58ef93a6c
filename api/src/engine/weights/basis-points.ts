import {
  compare,
  div,
  fromDecimal,
  mul,
  rational,
  sum,
  type Rational,
} from '../arithmetic/rational.ts';

/** One sibling set's weights always sum to exactly this many basis points. */
export const BASIS_POINTS_TOTAL = 10_000;

export interface EnteredWeight {
  id: string;
  /** Points or a percentage as entered by the buyer; only the proportions matter. */
  weight: number | string;
}

/**
 * Converts entered weights to whole basis points summing to exactly 10,000 by the largest
 * remainder method (Hare quota): everyone gets the floor of their exact share, and the points
 * left over go to the largest remainders. Ties among remainders go to the larger entered weight,
 * then to the id in code-point order, so the result does not depend on the order of the input.
 */
export function toBasisPoints(entered: readonly EnteredWeight[]): Map<string, number> {
  if (entered.length === 0) throw new RangeError('A sibling set needs at least one weight');
  const ids = new Set(entered.map((item) => item.id));
  if (ids.size !== entered.length)
    throw new RangeError('Weights of one sibling set need unique ids');
  const weights = entered.map((item) => ({ id: item.id, weight: fromDecimal(item.weight) }));
  if (weights.some((item) => item.weight.n < 0n))
    throw new RangeError('Weights cannot be negative');
  const total = sum(weights.map((item) => item.weight));
  if (total.n === 0n) throw new RangeError('At least one weight must be above zero');

  const shares = weights.map((item) => {
    const quota = mul(div(item.weight, total), rational(BASIS_POINTS_TOTAL));
    const floor = quota.n / quota.d;
    return { ...item, floor, remainder: rational(quota.n - floor * quota.d, quota.d) };
  });
  let left = BigInt(BASIS_POINTS_TOTAL) - shares.reduce((acc, share) => acc + share.floor, 0n);
  const byClaim = [...shares].sort(
    (a, b) =>
      compare(b.remainder, a.remainder) ||
      compare(b.weight, a.weight) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const result = new Map<string, number>();
  for (const share of byClaim) {
    const extra = left > 0n ? 1n : 0n;
    left -= extra;
    result.set(share.id, Number(share.floor + extra));
  }
  // Back in input order, for readability of whatever prints the map.
  return new Map(entered.map((item) => [item.id, result.get(item.id) ?? 0]));
}

/** A basis-point weight as the exact fraction of its sibling set. */
export function basisPointShare(basisPoints: number): Rational {
  return rational(BigInt(basisPoints), BigInt(BASIS_POINTS_TOTAL));
}
