import type { EvaluationMethod } from '@tenderwise/schema';
import {
  compare,
  fromDecimal,
  mul,
  ONE,
  percent,
  sub,
  toFixedHalfEven,
  type Rational,
} from '../arithmetic/rational.ts';

/** A bid's published figures: what a reviewer sees, and so what the ranking is decided on. */
export interface PublishedFigures {
  id: string;
  /** Undefined when a reference-value ratio has no value (price of zero or below). */
  score: Rational | undefined;
  performance: Rational;
  /** Exact: prices are compared as offered. */
  price: Rational;
}

export interface RankedBid {
  id: string;
  rank: number;
  /** Others with identical figures; a lot decides between them. */
  tiedWith: string[];
  decidedByLot: boolean;
  /** Extended reference-value method only: within the published corridor below the best Z. */
  inCorridor?: boolean;
}

/** A published score: two decimals, rounded half to even from the exact value. */
export function published(value: Rational): Rational {
  return fromDecimal(toFixedHalfEven(value, 2));
}

/**
 * Ranks admitted bids on their published figures, so the ranking can be recomputed from what is
 * published. Ties go to the higher performance, then the lower price; bids still tied share a rank
 * and need a lot, unless `lotOrder` (the drawn order, recorded by the caller) decides them.
 */
export function rankBids(
  method: EvaluationMethod,
  bids: readonly PublishedFigures[],
  lotOrder: readonly string[] = [],
): RankedBid[] {
  const corridor = corridorOf(method, bids);
  const order = (a: PublishedFigures, b: PublishedFigures): number => {
    if (corridor) {
      const inA = corridor.has(a.id);
      const inB = corridor.has(b.id);
      if (inA !== inB) return inA ? -1 : 1;
      if (inA && method.kind === 'ufabExtended') {
        // UfAB 2018, erweiterte Richtwertmethode: inside the corridor the published criterion decides.
        const decided =
          method.tieBreak === 'lowestPrice'
            ? compare(a.price, b.price)
            : compare(b.performance, a.performance);
        if (decided !== 0) return decided;
      }
    }
    return byScore(a, b) || compare(b.performance, a.performance) || compare(a.price, b.price);
  };
  const sorted = [...bids].sort((a, b) => order(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const result: RankedBid[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && order(sorted[start]!, sorted[end]!) === 0) end++;
    const group = sorted.slice(start, end);
    const ids = group.map((bid) => bid.id);
    const drawn = group.length > 1 && ids.every((id) => lotOrder.includes(id));
    if (drawn) group.sort((a, b) => lotOrder.indexOf(a.id) - lotOrder.indexOf(b.id));
    group.forEach((bid, offset) => {
      result.push({
        id: bid.id,
        rank: drawn ? start + offset + 1 : start + 1,
        tiedWith: ids.filter((id) => id !== bid.id),
        decidedByLot: drawn,
        ...(corridor ? { inCorridor: corridor.has(bid.id) } : {}),
      });
    });
    start = end;
  }
  return result;
}

/** Higher score first; a ratio without value (price zero or below) ahead of every ratio. */
function byScore(a: PublishedFigures, b: PublishedFigures): number {
  if (a.score === undefined || b.score === undefined) {
    return a.score === b.score ? 0 : a.score === undefined ? -1 : 1;
  }
  return compare(b.score, a.score);
}

/** UfAB 2018, erweiterte Richtwertmethode: bids with Z ≥ Zbest·(1 − x/100). */
function corridorOf(
  method: EvaluationMethod,
  bids: readonly PublishedFigures[],
): Set<string> | undefined {
  if (method.kind !== 'ufabExtended' || bids.length === 0) return undefined;
  const unbounded = bids.filter((bid) => bid.score === undefined);
  if (unbounded.length > 0) return new Set(unbounded.map((bid) => bid.id));
  const best = bids.reduce(
    (top, bid) => (compare(bid.score!, top) > 0 ? bid.score! : top),
    bids[0]!.score!,
  );
  const floor = mul(best, sub(ONE, percent(method.corridorPercent)));
  return new Set(bids.filter((bid) => compare(bid.score!, floor) >= 0).map((bid) => bid.id));
}
