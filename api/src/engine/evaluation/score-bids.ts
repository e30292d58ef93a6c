import type { AwardNode, EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import {
  add,
  compare,
  div,
  fromDecimal,
  mul,
  ONE,
  rational,
  sign,
  sub,
  sum,
  type Rational,
} from '../arithmetic/rational.ts';
import { sumEach } from '../arithmetic/sum-each.ts';
import { priceFieldOf, priceShare } from '../price/formulas.ts';
import { lifeCycleCost } from '../price/life-cycle-cost.ts';
import { effectiveWeights } from '../scheme/effective-weights.ts';
import { leafScorer, type ScoredLeaf } from '../scoring/leaf-share.ts';
import { basisPointShare } from '../weights/basis-points.ts';

export interface ExactContribution {
  criterionId: string;
  /** Exact share of the whole tree. */
  weight: Rational;
  /** Exact share of the leaf's points earned. */
  share: Rational;
  /** Points contributed: to the total (weighted sum) or to the performance points L (UfAB). */
  points: Rational;
}

export interface ExactScore {
  id: string;
  price: Rational;
  /**
   * Weighted sum: total points 0–100. UfAB reference-value methods: Z = L/P per the published
   * currency units, undefined for a price of zero or below, where the ratio has no value. UfAB
   * median method: Z in percent, undefined for every bid when the median performance is zero or
   * the median price zero or below.
   */
  score: Rational | undefined;
  /** Weighted sum: points from every criterion but price. UfAB: performance points L. */
  performance: Rational;
  contributions: ExactContribution[];
  /** Extended method with a named deciding criterion: the bid's points in that criterion. */
  criterionPoints?: Rational;
}

/** The price a bid is evaluated on: its total price or its life-cycle cost's present value. */
export function evaluatedPrice(scheme: EvaluationScheme, bid: EvaluatedBid): Rational {
  if (bid.price.kind === 'totalPrice') return fromDecimal(bid.price.amount);
  if (scheme.price.kind !== 'lifeCycleCost') throw new TypeError('Price kinds differ');
  return lifeCycleCost({
    ...bid.price.costs,
    termYears: scheme.price.termYears,
    ...(scheme.price.discountRate === undefined ? {} : { discountRate: scheme.price.discountRate }),
  }).presentValue;
}

/**
 * Exact scores of the admitted bids under the scheme's method. The price formulas and the medians
 * see only the admitted bids, so an excluded bid's price never moves anyone's points. Expects a
 * validated scheme and bids. Time is linear in bids × leaves: every leaf's constants are read
 * once, and each bid's points are summed over a denominator common to all bids (see sum-each.ts).
 */
export function scoreAdmittedBids(
  scheme: EvaluationScheme,
  admitted: readonly EvaluatedBid[],
  referenceDate: string,
): ExactScore[] {
  if (admitted.length === 0) return [];
  const method = scheme.method;
  // Weighted sum: 0–100 points. UfAB: performance points L up to the published maximum.
  const scale = rational(BigInt(method.kind === 'weightedSum' ? 100 : method.performanceMaxPoints));
  const prices = admitted.map((bid) => evaluatedPrice(scheme, bid));
  const field = priceFieldOf(prices);
  const deciding =
    method.kind === 'ufabExtended' && typeof method.tieBreak === 'object'
      ? subtreeOf(scheme.award, method.tieBreak.criterionId)
      : undefined;
  const leaves = [...effectiveWeights(scheme.award).values()]
    .filter(({ leaf }) => leaf.kind !== 'price' || method.kind === 'weightedSum')
    .map(({ leaf, weight }) => ({
      id: leaf.id,
      weight,
      pointsPerShare: mul(weight, scale),
      price: leaf.kind === 'price',
      scorer: leaf.kind === 'price' ? undefined : leafScorer(leaf as ScoredLeaf, referenceDate),
      deciding: deciding?.has(leaf.id) === true,
      // Ordinal levels and attestation points come as shared values: their points are reused.
      // Measured values are new on every bid, and a map of them would only grow.
      points:
        leaf.kind === 'ordinal' || leaf.kind === 'attestation'
          ? new Map<Rational, Rational>()
          : undefined,
    }));

  const scored = admitted.map((bid, index) => {
    const price = prices[index]!;
    const performancePoints: Rational[] = [];
    let pricePoints: Rational = rational(0n);
    let criterionPoints: Rational = rational(0n);
    const contributions = leaves.map((leaf): ExactContribution => {
      const share = leaf.scorer
        ? leaf.scorer(bid.assessments[leaf.id]!)
        : method.kind === 'weightedSum'
          ? priceShare(method.priceFormula, price, field)
          : ONE;
      let points = leaf.points?.get(share);
      if (!points) {
        points = mul(leaf.pointsPerShare, share);
        leaf.points?.set(share, points);
      }
      if (leaf.price) pricePoints = add(pricePoints, points);
      else performancePoints.push(points);
      if (leaf.deciding) criterionPoints = add(criterionPoints, points);
      return { criterionId: leaf.id, weight: leaf.weight, share, points };
    });
    return { bid, price, performancePoints, pricePoints, criterionPoints, contributions };
  });
  // Every bid's points over one common denominator: the criteria's denominators recur from bid
  // to bid, so each addition is one of integers (see sum-each.ts).
  const performances = sumEach(scored.map((item) => item.performancePoints));

  const scores = scored.map((item, index): ExactScore => {
    const { bid, price, pricePoints, criterionPoints, contributions } = item;
    const performance = performances[index]!;
    const total = add(performance, pricePoints);
    const base = { id: bid.id, price, performance, contributions };
    const named = deciding ? { criterionPoints } : {};
    switch (method.kind) {
      case 'weightedSum':
        // Weighted sum of utility points (Nutzwertanalyse), as published in the Bewertungsmatrix.
        return { ...base, score: total };
      case 'ufabSimple':
      case 'ufabExtended':
        // UfAB 2018, Richtwertmethode: Kennzahl Z = L / P, here per the published currency units.
        return {
          ...base,
          ...named,
          score:
            sign(price) <= 0
              ? undefined
              : div(mul(performance, rational(BigInt(method.ratioPerCurrencyUnits))), price),
        };
      case 'ufabMedian':
        return { ...base, score: undefined };
    }
  });
  if (method.kind === 'ufabMedian') {
    const ratios = medianMethodRatios(
      scores.map((score) => ({ performance: score.performance, price: score.price })),
      basisPointShare(method.performanceWeightBp),
    );
    scores.forEach((score, index) => (score.score = ratios[index]));
  }
  return scores;
}

/**
 * UfAB 2018, Medianmethode (a weighted reference-value method): each bid's performance points L
 * are set in relation to the median L_M of the admitted bids' performance points, its price P to
 * their median price P_M, and the two relations are weighted by the published G_L and G_P:
 *
 *   Z = 100 · (G_L · L / L_M + G_P · (2 − P / P_M)),  G_L + G_P = 1.
 *
 * A bid at both medians scores 100; each percent of performance above the median adds G_L points,
 * each percent of price below the median adds G_P points, so G_L : G_P is the published
 * weighting of performance against price. The median (of an even count, the mean of the two
 * middle values) makes the method far less prone than the mean-value method to a third bid
 * reversing the order of two others ("flipping"), though not immune to it. Undefined for every
 * bid where L_M is zero or P_M is zero or below: the relations then have no value.
 */
export function medianMethodRatios(
  bids: readonly { performance: Rational; price: Rational }[],
  performanceWeight: Rational,
): (Rational | undefined)[] {
  const performanceMedian = median(bids.map((bid) => bid.performance));
  const priceMedian = median(bids.map((bid) => bid.price));
  if (sign(performanceMedian) === 0 || sign(priceMedian) <= 0) return bids.map(() => undefined);
  const priceWeight = sub(ONE, performanceWeight);
  const hundred = rational(100n);
  const two = rational(2n);
  return bids.map((bid) =>
    mul(
      hundred,
      add(
        mul(performanceWeight, div(bid.performance, performanceMedian)),
        mul(priceWeight, sub(two, div(bid.price, priceMedian))),
      ),
    ),
  );
}

/** The median; of an even count, the mean of the two middle values. */
export function median(values: readonly Rational[]): Rational {
  if (values.length === 0) throw new RangeError('The median of nothing');
  const sorted = [...values].sort(compare);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : div(sum([sorted[middle - 1]!, sorted[middle]!]), rational(2n));
}

/** The ids of a node and everything below it. */
function subtreeOf(nodes: readonly AwardNode[], rootId: string): Set<string> {
  const result = new Set([rootId]);
  for (let grown = true; grown;) {
    grown = false;
    for (const node of nodes) {
      if (node.parentId !== null && result.has(node.parentId) && !result.has(node.id)) {
        result.add(node.id);
        grown = true;
      }
    }
  }
  return result;
}
