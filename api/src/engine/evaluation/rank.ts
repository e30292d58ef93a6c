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

/**
 * The exact figures a ranking is decided on (ADR 0019): the ranking follows the exact values, and
 * the published figures are these rounded to two decimals.
 */
export interface DecidingFigures {
  id: string;
  /** Undefined when the method's ratio has no value (see `ExactScore.score`). */
  score: Rational | undefined;
  performance: Rational;
  price: Rational;
  /** Extended reference-value method with a named deciding criterion: the bid's points in it. */
  criterionPoints?: Rational | undefined;
}

export interface RankedBid {
  id: string;
  rank: number;
  /** Others with identical deciding figures; drawing lots (Losentscheid) decides between them. */
  tiedWith: string[];
  decidedByDraw: boolean;
  /** Extended reference-value method only: within the published corridor below the best Z. */
  inCorridor?: boolean;
}

/** A published figure: two decimals, rounded half to even from the exact value. */
export function published(value: Rational): Rational {
  return fromDecimal(toFixedHalfEven(value, 2));
}

/**
 * Ranks admitted bids on their exact figures (ADR 0019, amending ADR 0005): the score, then the
 * performance, then the lower price. Bids equal in all three share a rank and need a draw, unless
 * `drawOrder` (the order drawn by lot, recorded by the caller) decides them. Under the extended
 * reference-value method the bids inside the corridor rank first, ordered by the published
 * deciding criterion.
 */
export function rankBids(
  method: EvaluationMethod,
  bids: readonly DecidingFigures[],
  drawOrder: readonly string[] = [],
): RankedBid[] {
  const corridor = corridorOf(method, bids);
  const order = (a: DecidingFigures, b: DecidingFigures): number => {
    if (corridor && method.kind === 'ufabExtended') {
      const inA = corridor.has(a.id);
      const inB = corridor.has(b.id);
      if (inA !== inB) return inA ? -1 : 1;
      if (inA) {
        // UfAB 2018, erweiterte Richtwertmethode: inside the corridor the published criterion decides.
        const decided = corridorDecision(method.tieBreak, a, b);
        if (decided !== 0) return decided;
      }
    }
    return byScore(a, b) || compare(b.performance, a.performance) || compare(a.price, b.price);
  };
  const sorted = [...bids].sort((a, b) => order(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const position = new Map(drawOrder.map((id, index) => [id, index]));
  const result: RankedBid[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && order(sorted[start]!, sorted[end]!) === 0) end++;
    const group = sorted.slice(start, end);
    const ids = group.map((bid) => bid.id);
    const drawn = group.length > 1 && ids.every((id) => position.has(id));
    if (drawn) group.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
    group.forEach((bid, offset) => {
      result.push({
        id: bid.id,
        rank: drawn ? start + offset + 1 : start + 1,
        tiedWith: ids.filter((id) => id !== bid.id),
        decidedByDraw: drawn,
        ...(corridor ? { inCorridor: corridor.has(bid.id) } : {}),
      });
    });
    start = end;
  }
  return result;
}

/** Lowest price, highest performance, or most points in the named criterion first. */
function corridorDecision(
  tieBreak: Extract<EvaluationMethod, { kind: 'ufabExtended' }>['tieBreak'],
  a: DecidingFigures,
  b: DecidingFigures,
): number {
  if (tieBreak === 'lowestPrice') return compare(a.price, b.price);
  if (tieBreak === 'highestPerformance') return compare(b.performance, a.performance);
  if (!a.criterionPoints || !b.criterionPoints) {
    throw new TypeError(`No points in the deciding criterion "${tieBreak.criterionId}"`);
  }
  return compare(b.criterionPoints, a.criterionPoints);
}

/**
 * Higher score first. A ratio without value ranks ahead of every ratio under the reference-value
 * methods, where it stands for a price of zero or below (Z grows without bound as P falls to 0);
 * under the median method every ratio lacks a value together, and performance and price decide.
 */
function byScore(a: DecidingFigures, b: DecidingFigures): number {
  if (a.score === undefined || b.score === undefined) {
    return a.score === b.score ? 0 : a.score === undefined ? -1 : 1;
  }
  return compare(b.score, a.score);
}

/** UfAB 2018, erweiterte Richtwertmethode: bids with Z ≥ Zbest·(1 − x/100), on the exact Z. */
function corridorOf(
  method: EvaluationMethod,
  bids: readonly DecidingFigures[],
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
