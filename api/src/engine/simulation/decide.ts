import type { EvaluationMethod } from '@tenderwise/schema';
import { add, div, mul, rational, type Rational } from '../arithmetic/rational.ts';
import { published, rankBids, type PublishedFigures } from '../evaluation/rank.ts';
import { priceFieldOf, priceShare } from '../price/formulas.ts';
import { priceShareFloat, type RunBid, type SimulationModel } from './model.ts';

/**
 * Deciding a simulated ranking fast and still exactly as `evaluate()` would. Scores are first
 * computed in floating point; a decision is taken from them only where no published figure
 * (two decimals) could come out differently, i.e. where the figures that decide differ by more
 * than MARGIN. Anything closer is recomputed exactly with the engine's rational arithmetic and
 * ranked by the engine's own `rankBids`, so a near-tie is never decided by a float rounding.
 */
export const MARGIN = 0.011;

/** Float figures of one bid, in published units (points, or Z per the currency units). */
export interface FloatFigures {
  score: number;
  performance: number;
  price: number;
}

/** How the tree is weighted in a scenario: effective leaf weights and the price leaf's weight. */
export interface Weighting {
  leaves: Rational[];
  price: Rational;
}

/**
 * Float figures from each bid's weighted quality (Σ wₗ·sₗ as a fraction of the tree), the price
 * leaf's weight and the method; the price field is that of `bids`.
 */
export function floatFigures(
  model: SimulationModel,
  method: EvaluationMethod,
  bids: readonly RunBid[],
  quality: ArrayLike<number>,
  priceWeight: number,
): FloatFigures[] {
  let lowest = Infinity;
  let highest = -Infinity;
  for (const bid of bids) {
    lowest = Math.min(lowest, bid.price);
    highest = Math.max(highest, bid.price);
  }
  return bids.map((bid, i) => {
    const performance = model.scale * quality[i]!;
    if (method.kind === 'weightedSum') {
      const share = priceShareFloat(method.priceFormula, bid.price, lowest, highest);
      return { score: performance + 100 * priceWeight * share, performance, price: bid.price };
    }
    return {
      score: (performance * method.ratioPerCurrencyUnits) / bid.price,
      performance,
      price: bid.price,
    };
  });
}

/**
 * The published figures `evaluate()` would rank these bids on, under the given weighting; of the
 * bids at `only` (indices into `bids`) where given. The price field is always all of `bids`.
 */
export function exactFigures(
  model: SimulationModel,
  method: EvaluationMethod,
  bids: readonly RunBid[],
  weighting: Weighting,
  only?: readonly number[],
): PublishedFigures[] {
  const scale = rational(BigInt(model.scale));
  const field = priceFieldOf(bids.map((bid) => bid.priceExact));
  const figured = only === undefined ? bids : only.map((index) => bids[index]!);
  return figured.map((bid) => {
    const shares = bid.exact();
    let performance = rational(0n);
    for (let i = 0; i < shares.length; i++)
      performance = add(performance, mul(mul(weighting.leaves[i]!, shares[i]!), scale));
    let score: Rational;
    if (method.kind === 'weightedSum') {
      // Weighted sum of utility points (Nutzwertanalyse), as in score-bids.ts.
      const share = priceShare(method.priceFormula, bid.priceExact, field);
      score = add(performance, mul(mul(weighting.price, share), scale));
    } else {
      // UfAB 2018, Richtwertmethode: Z = L / P per the published currency units (prices > 0 here).
      score = div(mul(performance, rational(BigInt(method.ratioPerCurrencyUnits))), bid.priceExact);
    }
    return {
      id: bid.id,
      score: published(score),
      performance: published(performance),
      price: bid.priceExact,
    };
  });
}

export interface Decision {
  /** Bid ids in rank order (ties in the engine's order). */
  order: string[];
  /** The bid ranked first alone; null when several share the first rank and a lot decides. */
  winner: string | null;
  /** Whether the float figures were too close and the exact engine decided. */
  exact: boolean;
}

/**
 * The exact published figures of the bids at the given indices, or of all bids when none are
 * given (a closure over `exactFigures`).
 */
export type ExactFigures = (only?: readonly number[]) => PublishedFigures[];

/**
 * The winner only; cheaper than a full ranking. Where the float figures are too close, only the
 * bids within MARGIN of the best are computed exactly (outside the extended method's corridor):
 * every other bid's published score is at least 0.01 lower, so it can neither win nor tie.
 */
export function decideWinner(
  method: EvaluationMethod,
  bids: readonly RunBid[],
  floats: readonly FloatFigures[],
  exact: ExactFigures,
): Omit<Decision, 'order'> {
  if (bids.length === 0) return { winner: null, exact: false };
  const index = floatWinner(method, floats);
  if (index !== undefined) return { winner: bids[index]!.id, exact: false };
  if (method.kind === 'ufabExtended') {
    return { winner: exactDecision(method, exact()).winner, exact: true };
  }
  const best = Math.max(...floats.map((figures) => figures.score));
  const close = floats.flatMap((figures, i) => (best - figures.score < MARGIN ? [i] : []));
  return { winner: exactDecision(method, exact(close)).winner, exact: true };
}

/**
 * The whole ranking. Outside the extended method's corridor (always decided exactly), bids are
 * ordered by their float scores, and only runs of bids less than MARGIN apart are computed
 * exactly and ranked among themselves: bids further apart cannot change places or tie once
 * published, so this is the order `rankBids` gives for all of them.
 */
export function decideRanking(
  method: EvaluationMethod,
  bids: readonly RunBid[],
  floats: readonly FloatFigures[],
  exact: ExactFigures,
): Decision {
  if (method.kind === 'ufabExtended') return { ...exactDecision(method, exact()), exact: true };
  const sorted = bids.map((_, i) => i).sort((a, b) => floats[b]!.score - floats[a]!.score);
  const runs: number[][] = [];
  sorted.forEach((index, k) => {
    const apart = k === 0 || floats[sorted[k - 1]!]!.score - floats[index]!.score >= MARGIN;
    if (apart) runs.push([index]);
    else runs.at(-1)!.push(index);
  });
  const order: string[] = [];
  let winner: string | null = null;
  let exactly = false;
  runs.forEach((run, r) => {
    if (run.length === 1) {
      order.push(bids[run[0]!]!.id);
      if (r === 0) winner = bids[run[0]!]!.id;
      return;
    }
    exactly = true;
    const decided = exactDecision(method, exact(run));
    order.push(...decided.order);
    if (r === 0) winner = decided.winner;
  });
  return { order, winner, exact: exactly };
}

function exactDecision(method: EvaluationMethod, figures: PublishedFigures[]) {
  const ranked = rankBids(method, figures);
  const first = ranked.filter((entry) => entry.rank === 1);
  return {
    order: ranked.map((entry) => entry.id),
    winner: first.length === 1 ? first[0]!.id : null,
  };
}

/** The index of the clear winner, or undefined where published figures could decide otherwise. */
function floatWinner(
  method: EvaluationMethod,
  floats: readonly FloatFigures[],
): number | undefined {
  let best = 0;
  for (let i = 1; i < floats.length; i++) if (floats[i]!.score > floats[best]!.score) best = i;
  if (method.kind !== 'ufabExtended') {
    for (let i = 0; i < floats.length; i++)
      if (i !== best && floats[best]!.score - floats[i]!.score < MARGIN) return undefined;
    return best;
  }
  // UfAB 2018, erweiterte Richtwertmethode: the corridor Z ≥ Zbest·(1 − x/100), then its criterion.
  const floor = floats[best]!.score * (1 - method.corridorPercent / 100);
  const corridor: number[] = [];
  for (let i = 0; i < floats.length; i++) {
    if (Math.abs(floats[i]!.score - floor) < MARGIN) return undefined;
    if (floats[i]!.score > floor) corridor.push(i);
  }
  const key = (i: number) =>
    method.tieBreak === 'lowestPrice' ? -floats[i]!.price : floats[i]!.performance;
  // Prices are whole cents and compare exactly; performance is published and needs the margin.
  const needed = method.tieBreak === 'lowestPrice' ? Number.MIN_VALUE : MARGIN;
  let top = corridor[0]!;
  for (const i of corridor) if (key(i) > key(top)) top = i;
  for (const i of corridor) if (i !== top && key(top) - key(i) < needed) return undefined;
  return top;
}
