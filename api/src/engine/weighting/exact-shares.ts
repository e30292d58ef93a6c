import { div, sum, type Rational } from '../arithmetic/rational.ts';
import { toBasisPoints } from '../weights/basis-points.ts';

/** Weights a method derives exactly: each item's share of the whole, and its basis points. */
export interface ExactWeights {
  /** Exact shares in input order, summing to exactly one. */
  shares: Map<string, Rational>;
  /** Whole basis points by the largest remainder method, summing to exactly 10,000. */
  basisPoints: Map<string, number>;
}

/**
 * Normalises exact non-negative weights to shares and publishes them in basis points. The
 * weights are brought to one common denominator first, so the largest remainder method sees
 * whole numbers in exactly the same proportions.
 */
export function exactWeights(weights: readonly { id: string; weight: Rational }[]): ExactWeights {
  const total = sum(weights.map((item) => item.weight));
  const common = weights.reduce((acc, item) => lcm(acc, item.weight.d), 1n);
  const basisPoints = toBasisPoints(
    weights.map((item) => ({
      id: item.id,
      weight: ((item.weight.n * common) / item.weight.d).toString(),
    })),
  );
  const shares = new Map(weights.map((item) => [item.id, div(item.weight, total)]));
  return { shares, basisPoints };
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
