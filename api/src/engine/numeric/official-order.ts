import type { ScoreMatrix } from './score-matrix.ts';
import { rankInto } from './weighted-sum.ts';

/** What ranking by the published rule needs besides the scores. */
export type OrderModel = Pick<ScoreMatrix, 'price' | 'corridor'>;

/**
 * Relative difference within which two floating-point figures count as equal. Equal exact
 * figures can reach the doubles by different sums and differ in their last bits; different exact
 * figures differ by far more than this.
 */
export const TIE_TOLERANCE = 1e-12;

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** −1 when `a` is higher, 1 when lower, 0 when nearly equal. */
function higherFirst(a: number, b: number): number {
  return nearlyEqual(a, b) ? 0 : a > b ? -1 : 1;
}

/**
 * Marks in `out` the bids inside the extended method's corridor: Z at least (1 − fraction) · the
 * best Z; when a bid's Z is unbounded (price zero or below), only the unbounded ones, as the
 * exact engine does. Leaves `out` untouched and returns false when the method has no corridor.
 */
export function corridorInto(model: OrderModel, scores: Float64Array, out: Uint8Array): boolean {
  const corridor = model.corridor;
  if (corridor === null) return false;
  let best = -Infinity;
  for (let row = 0; row < scores.length; row++) if (scores[row]! > best) best = scores[row]!;
  const floor = best === Infinity ? Infinity : best * (1 - corridor.fraction);
  for (let row = 0; row < scores.length; row++) {
    const score = scores[row]!;
    out[row] = score >= floor || nearlyEqual(score, floor) ? 1 : 0;
  }
  return true;
}

/**
 * The published rule of `rankBids` on floating-point figures: inside the corridor first, decided
 * there by its tie-break (UfAB 2018, erweiterte Richtwertmethode); then the higher score, the
 * higher performance, the lower price. Negative when row p goes first, 0 for a tie that only a
 * draw could decide. `inCorridor` is read only when the model has a corridor.
 */
export function compareRows(
  model: OrderModel,
  scores: Float64Array,
  performance: Float64Array,
  inCorridor: Uint8Array,
  p: number,
  q: number,
): number {
  const corridor = model.corridor;
  if (corridor !== null) {
    const inP = inCorridor[p]!;
    if (inP !== inCorridor[q]) return inP === 1 ? -1 : 1;
    if (inP === 1) {
      const decided =
        corridor.decidedBy === 'lowestPrice'
          ? higherFirst(model.price[q]!, model.price[p]!)
          : higherFirst(performance[p]!, performance[q]!);
      if (decided !== 0) return decided;
    }
  }
  return (
    higherFirst(scores[p]!, scores[q]!) ||
    higherFirst(performance[p]!, performance[q]!) ||
    higherFirst(model.price[q]!, model.price[p]!)
  );
}

/**
 * Ranks the bids under one weight vector by the published rule into `order`, best first; tied
 * bids keep row order (the exact engine's). Sorts by score first (`rankInto`), then repairs the
 * order with the whole rule by insertion sort, which costs little on an order already nearly
 * right. Allocates nothing.
 */
export function rankOfficialInto(
  model: OrderModel,
  scores: Float64Array,
  performance: Float64Array,
  inCorridor: Uint8Array,
  order: Int32Array,
): Int32Array {
  rankInto(scores, order);
  corridorInto(model, scores, inCorridor);
  for (let i = 1; i < order.length; i++) {
    const row = order[i]!;
    let j = i - 1;
    while (j >= 0 && before(model, scores, performance, inCorridor, row, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = row;
  }
  return order;
}

/** Whether row p goes strictly before row q: by the rule, a tie by row order. */
function before(
  model: OrderModel,
  scores: Float64Array,
  performance: Float64Array,
  inCorridor: Uint8Array,
  p: number,
  q: number,
): boolean {
  const decided = compareRows(model, scores, performance, inCorridor, p, q);
  return decided < 0 || (decided === 0 && p < q);
}

/** The end (exclusive) of the run of bids in `order` from `start` that tie with the first. */
export function tieEnd(
  model: OrderModel,
  scores: Float64Array,
  performance: Float64Array,
  inCorridor: Uint8Array,
  order: Int32Array,
  start: number,
): number {
  let end = start + 1;
  while (
    end < order.length &&
    compareRows(model, scores, performance, inCorridor, order[start]!, order[end]!) === 0
  )
    end++;
  return end;
}
