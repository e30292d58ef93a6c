import type { EvaluationMethod } from '@tenderwise/schema';
import { add, div, mul, rational, type Rational } from '../arithmetic/rational.ts';
import { rankBids, type DecidingFigures } from '../evaluation/rank.ts';
import { medianMethodRatios } from '../evaluation/score-bids.ts';
import { priceFieldOf, priceShare } from '../price/formulas.ts';
import { priceShareFloat, type RunBid, type SimulationModel } from './model.ts';

/**
 * Deciding a simulated ranking fast and still exactly as `evaluate()` would. Scores are first
 * computed in floating point; a decision is taken from them only where the figures that decide
 * differ by more than MARGIN, far beyond the rounding error of these sums. Anything closer is
 * recomputed exactly with the engine's rational arithmetic and ranked by the engine's own
 * `rankBids` on the exact figures (ADR 0019), so a near-tie is never decided by a float rounding.
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
  const performances = bids.map((_, i) => model.scale * quality[i]!);
  const medianRatio =
    method.kind === 'ufabMedian' ? medianRatioFloat(method, bids, performances) : undefined;
  return bids.map((bid, i) => {
    const performance = performances[i]!;
    const figures = { performance, price: bid.price };
    if (method.kind === 'weightedSum') {
      const share = priceShareFloat(method.priceFormula, bid.price, lowest, highest);
      return { ...figures, score: performance + 100 * priceWeight * share };
    }
    if (method.kind === 'ufabMedian')
      return { ...figures, score: medianRatio!(performance, bid.price) };
    return { ...figures, score: (performance * method.ratioPerCurrencyUnits) / bid.price };
  });
}

/** The float twin of `medianMethodRatios`; NaN where the medians leave the ratio without value. */
function medianRatioFloat(
  method: Extract<EvaluationMethod, { kind: 'ufabMedian' }>,
  bids: readonly RunBid[],
  performances: readonly number[],
): (performance: number, price: number) => number {
  const median = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  const performanceMedian = median([...performances]);
  const priceMedian = median(bids.map((bid) => bid.price));
  const weight = method.performanceWeightBp / 10_000;
  // Near zero the float medians cannot be trusted to agree with the exact ones: decide exactly.
  if (Math.abs(performanceMedian) < 1e-9 || priceMedian < 1e-9) return () => NaN;
  return (performance, price) =>
    100 * (weight * (performance / performanceMedian) + (1 - weight) * (2 - price / priceMedian));
}

/**
 * The exact figures `evaluate()` would rank these bids on, under the given weighting; of the bids
 * at `only` (indices into `bids`) where given. The price field, and the median method's medians,
 * are always those of all `bids`.
 */
export function exactFigures(
  model: SimulationModel,
  method: EvaluationMethod,
  bids: readonly RunBid[],
  weighting: Weighting,
  only?: readonly number[],
): DecidingFigures[] {
  const scale = rational(BigInt(model.scale));
  const field = priceFieldOf(bids.map((bid) => bid.priceExact));
  const deciding = decidingLeaves(model, method);
  const figured =
    only === undefined || method.kind === 'ufabMedian' ? bids : only.map((index) => bids[index]!);
  const figures = figured.map((bid): DecidingFigures => {
    const shares = bid.exact();
    let performance = rational(0n);
    let criterionPoints = rational(0n);
    for (let i = 0; i < shares.length; i++) {
      const points = mul(mul(weighting.leaves[i]!, shares[i]!), scale);
      performance = add(performance, points);
      if (deciding?.has(i)) criterionPoints = add(criterionPoints, points);
    }
    let score: Rational | undefined;
    if (method.kind === 'weightedSum') {
      // Weighted sum of utility points (Nutzwertanalyse), as in score-bids.ts.
      const share = priceShare(method.priceFormula, bid.priceExact, field);
      score = add(performance, mul(mul(weighting.price, share), scale));
    } else if (method.kind !== 'ufabMedian') {
      // UfAB 2018, Richtwertmethode: Z = L / P per the published currency units (prices > 0 here).
      score = div(mul(performance, rational(BigInt(method.ratioPerCurrencyUnits))), bid.priceExact);
    }
    return {
      id: bid.id,
      score,
      performance,
      price: bid.priceExact,
      ...(deciding ? { criterionPoints } : {}),
    };
  });
  if (method.kind === 'ufabMedian') {
    // UfAB 2018, Medianmethode, as in score-bids.ts.
    const ratios = medianMethodRatios(
      figures,
      rational(BigInt(method.performanceWeightBp), 10_000n),
    );
    figures.forEach((figure, i) => (figure.score = ratios[i]));
    if (only !== undefined) return only.map((index) => figures[index]!);
  }
  return figures;
}

/**
 * The exact figures of the bids at the given indices, or of all bids when none are given (a
 * closure over `exactFigures`).
 */
export type ExactFigures = (only?: readonly number[]) => DecidingFigures[];

/** Indexes of the leaves under the extended method's named deciding criterion, if it has one. */
function decidingLeaves(model: SimulationModel, method: EvaluationMethod): Set<number> | undefined {
  if (method.kind !== 'ufabExtended' || typeof method.tieBreak !== 'object') return undefined;
  const index = model.scheme.award.findIndex(
    (node) => node.id === (method.tieBreak as { criterionId: string }).criterionId,
  );
  return new Set(
    model.leafAncestors.flatMap((ancestors, leaf) => (ancestors.includes(index) ? [leaf] : [])),
  );
}

export interface Decision {
  /** Bid ids in rank order (ties in the engine's order). */
  order: string[];
  /** The bid ranked first alone; null when several share the first rank and a draw decides. */
  winner: string | null;
  /** Whether the float figures were too close and the exact engine decided. */
  exact: boolean;
}

/**
 * The winner only; cheaper than a full ranking. Where the float figures are too close, only the
 * bids within MARGIN of the best are computed exactly (outside the extended method's corridor,
 * and where every ratio has a value): every other bid's score is lower by more than any float
 * error, so it can neither win nor tie.
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
  if (method.kind === 'ufabExtended' || floats.some((figures) => Number.isNaN(figures.score))) {
    return { winner: exactDecision(method, exact()).winner, exact: true };
  }
  const best = Math.max(...floats.map((figures) => figures.score));
  const close = floats.flatMap((figures, i) => (best - figures.score < MARGIN ? [i] : []));
  return { winner: exactDecision(method, exact(close)).winner, exact: true };
}

/**
 * The whole ranking. Outside the extended method's corridor (always decided exactly), and where
 * every ratio has a value, bids are ordered by their float scores, and only runs of bids less
 * than MARGIN apart are computed exactly and ranked among themselves: bids further apart cannot
 * change places or tie, so this is the order `rankBids` gives for all of them.
 */
export function decideRanking(
  method: EvaluationMethod,
  bids: readonly RunBid[],
  floats: readonly FloatFigures[],
  exact: ExactFigures,
): Decision {
  if (method.kind === 'ufabExtended' || floats.some((figures) => Number.isNaN(figures.score))) {
    return { ...exactDecision(method, exact()), exact: true };
  }
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

function exactDecision(method: EvaluationMethod, figures: DecidingFigures[]) {
  const ranked = rankBids(method, figures);
  const first = ranked.filter((entry) => entry.rank === 1);
  return {
    order: ranked.map((entry) => entry.id),
    winner: first.length === 1 ? first[0]!.id : null,
  };
}

/** The index of the clear winner, or undefined where the exact figures could decide otherwise. */
function floatWinner(
  method: EvaluationMethod,
  floats: readonly FloatFigures[],
): number | undefined {
  // A named deciding criterion, or ratios without value under the median method: decide exactly.
  if (method.kind === 'ufabExtended' && typeof method.tieBreak === 'object') return undefined;
  if (floats.some((figures) => Number.isNaN(figures.score))) return undefined;
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
  // Prices are whole cents and compare exactly; performance is a float sum and needs the margin.
  const needed = method.tieBreak === 'lowestPrice' ? Number.MIN_VALUE : MARGIN;
  let top = corridor[0]!;
  for (const i of corridor) if (key(i) > key(top)) top = i;
  for (const i of corridor) if (i !== top && key(top) - key(i) < needed) return undefined;
  return top;
}
