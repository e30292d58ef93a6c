import type { ScoreMatrix } from './score-matrix.ts';

/**
 * Scores every bid under `weights` into `out`: rowFactor · Σ weight·share (weighted sum of
 * utility points, or UfAB Z = L/P). With `performance`, also writes Σ weight·share without the
 * price leaf (`priceColumn`), what a tie on the score falls back to. Allocates nothing, so it can
 * run once per sample.
 */
export function scoreInto(
  matrix: Pick<ScoreMatrix, 'shares' | 'rowFactor' | 'priceColumn'>,
  weights: Float64Array,
  out: Float64Array,
  performance?: Float64Array,
): Float64Array {
  const { shares, rowFactor, priceColumn } = matrix;
  const columns = weights.length;
  const rows = rowFactor.length;
  for (let row = 0, offset = 0; row < rows; row++, offset += columns) {
    let total = 0;
    for (let column = 0; column < columns; column++)
      total += shares[offset + column]! * weights[column]!;
    // A factor of Infinity (UfAB, price ≤ 0) ranks first whatever the performance.
    out[row] = rowFactor[row] === Infinity ? Infinity : rowFactor[row]! * total;
    if (performance === undefined) continue;
    performance[row] =
      priceColumn === -1 ? total : total - shares[offset + priceColumn]! * weights[priceColumn]!;
  }
  return out;
}

/**
 * Writes into `order` the rows sorted by score, highest first; equal scores keep row order (the
 * exact engine's rank order). Insertion sort over a preallocated array: no allocation, and fast
 * for the few dozen bids of a tender.
 */
export function rankInto(scores: Float64Array, order: Int32Array): Int32Array {
  const count = scores.length;
  for (let i = 0; i < count; i++) {
    const score = scores[i]!;
    let j = i - 1;
    while (j >= 0 && scores[order[j]!]! < score) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = i;
  }
  return order;
}
