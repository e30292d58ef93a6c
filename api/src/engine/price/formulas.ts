import {
  compare,
  div,
  fromDecimal,
  max,
  mul,
  ONE,
  sign,
  sub,
  ZERO,
  type Rational,
} from '../arithmetic/rational.ts';

/**
 * The published price formulas of a weighted-sum evaluation. Each yields the share (0 to 1) of
 * the price criterion's maximum points M that a price earns, computed from the admitted bids only.
 */
export type PriceFormula =
  | { kind: 'lowestPriceRatio' }
  | { kind: 'oneSidedLinear'; zeroAtMultiple: number | string }
  | { kind: 'twoSidedLinear' };

export interface PriceField {
  /** Lowest admitted price. */
  lowest: Rational;
  /** Highest admitted price. */
  highest: Rational;
}

export function priceFieldOf(prices: readonly Rational[]): PriceField {
  if (prices.length === 0) throw new RangeError('A price field needs at least one admitted price');
  let lowest = prices[0]!;
  let highest = prices[0]!;
  for (const price of prices) {
    if (compare(price, lowest) < 0) lowest = price;
    if (compare(price, highest) > 0) highest = price;
  }
  return { lowest, highest };
}

/**
 * The share of M that `price` earns. Prices of zero or below are valid: the lowest price always
 * earns all points, and where a formula divides by the lowest price, a lowest price of zero or
 * below leaves the others nothing (the limit of the formula as the lowest price falls to zero).
 */
export function priceShare(formula: PriceFormula, price: Rational, field: PriceField): Rational {
  if (compare(price, field.lowest) <= 0) return ONE;
  switch (formula.kind) {
    case 'lowestPriceRatio':
      // Lowest-price ratio (Preisquotient) M·Pmin/P, as published under § 127 (5) GWB.
      return sign(field.lowest) <= 0 ? ZERO : div(field.lowest, price);
    case 'oneSidedLinear': {
      // One-sided linear interpolation, M at Pmin to 0 at k·Pmin, as published under § 127 (5) GWB.
      if (sign(field.lowest) <= 0) return ZERO;
      const k = zeroAtMultiple(formula);
      const zeroAt = mul(k, field.lowest);
      return max(ZERO, div(sub(zeroAt, price), sub(zeroAt, field.lowest)));
    }
    case 'twoSidedLinear':
      // Two-sided linear interpolation M·(Pmax−P)/(Pmax−Pmin), as published under § 127 (5) GWB.
      // When every price is equal, every bid is the lowest and has already earned M above.
      return div(sub(field.highest, price), sub(field.highest, field.lowest));
  }
}

/** k of the one-sided formula; above 1, or the formula would reach zero at or below Pmin. */
export function zeroAtMultiple(formula: { zeroAtMultiple: number | string }): Rational {
  const k = fromDecimal(formula.zeroAtMultiple);
  if (compare(k, ONE) <= 0) throw new RangeError('zeroAtMultiple must be above 1');
  return k;
}
