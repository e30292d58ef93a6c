import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import {
  div,
  fromDecimal,
  mul,
  rational,
  sign,
  sum,
  type Rational,
} from '../arithmetic/rational.ts';
import { priceFieldOf, priceShare } from '../price/formulas.ts';
import { lifeCycleCost } from '../price/life-cycle-cost.ts';
import { effectiveWeights } from '../scheme/effective-weights.ts';
import { leafShare } from '../scoring/leaf-share.ts';

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
  /** Weighted sum: total points 0–100. UfAB: Z = L/P per the published currency units, or
   * undefined for a price of zero or below, where the ratio has no value. */
  score: Rational | undefined;
  /** Weighted sum: points from every criterion but price. UfAB: performance points L. */
  performance: Rational;
  contributions: ExactContribution[];
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
 * Exact scores of the admitted bids under the scheme's method. The price formulas see only the
 * admitted bids, so an excluded bid's price never moves anyone's points.
 */
export function scoreAdmittedBids(
  scheme: EvaluationScheme,
  admitted: readonly EvaluatedBid[],
  referenceDate: string,
): ExactScore[] {
  if (admitted.length === 0) return [];
  const weights = effectiveWeights(scheme.award);
  const prices = new Map(admitted.map((bid) => [bid.id, evaluatedPrice(scheme, bid)]));
  const field = priceFieldOf([...prices.values()]);
  const method = scheme.method;
  const priceIds = new Set(
    scheme.award.filter((node) => node.kind === 'price').map((node) => node.id),
  );
  // Weighted sum: 0–100 points. UfAB: performance points L up to the published maximum.
  const scale = rational(BigInt(method.kind === 'weightedSum' ? 100 : method.performanceMaxPoints));

  return admitted.map((bid) => {
    const price = prices.get(bid.id)!;
    const contributions: ExactContribution[] = [];
    for (const { leaf, weight } of weights.values()) {
      let share: Rational;
      if (leaf.kind === 'price') {
        if (method.kind !== 'weightedSum') continue;
        share = priceShare(method.priceFormula, price, field);
      } else {
        share = leafShare(leaf, bid.assessments[leaf.id]!, referenceDate);
      }
      contributions.push({
        criterionId: leaf.id,
        weight,
        share,
        points: mul(mul(weight, share), scale),
      });
    }
    const performance = sum(
      contributions.filter((item) => !priceIds.has(item.criterionId)).map((item) => item.points),
    );
    if (method.kind === 'weightedSum') {
      // Weighted sum of utility points (Nutzwertanalyse), as published in the Bewertungsmatrix.
      return {
        id: bid.id,
        price,
        score: sum(contributions.map((item) => item.points)),
        performance,
        contributions,
      };
    }
    // UfAB 2018, Richtwertmethode: Kennzahl Z = L / P, here per the published currency units.
    const score =
      sign(price) <= 0
        ? undefined
        : div(mul(performance, rational(BigInt(method.ratioPerCurrencyUnits))), price);
    return { id: bid.id, price, score, performance, contributions };
  });
}
