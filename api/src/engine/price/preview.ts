import {
  add,
  compare,
  div,
  fromDecimal,
  mul,
  rational,
  sign,
  sub,
  toNumber,
  type Rational,
} from '../arithmetic/rational.ts';
import { priceShare, zeroAtMultiple, type PriceFormula } from './formulas.ts';

export interface PricePreviewInput<F extends PriceFormula = PriceFormula> {
  /** The other bids' prices the buyer expects, e.g. from the market survey; at least one. */
  expectedPrices: readonly (number | string)[];
  /** The range of prices to show, inclusive, in `steps` equal intervals. */
  from: number | string;
  to: number | string;
  steps: number;
  /** Points of the price criterion under a weighted sum. */
  maxPoints: number;
  formulas: readonly F[];
  /** For the reference-value methods: Z = L/P per these currency units at these points L. */
  ratio?: { performancePoints: number | string; perCurrencyUnits: number } | undefined;
}

export interface PricePreview<F extends PriceFormula = PriceFormula> {
  prices: number[];
  /** Points at each price, per formula, with the bid joining the expected field. */
  formulas: { formula: F; points: number[] }[];
  /** Z at each price; null where the price is zero or below and the ratio has no value. */
  ratios: (number | null)[] | null;
}

/**
 * How each formula would score a bid at each price of a range, were it to join the expected
 * field; lets a buyer see a formula's behaviour (and its flipping risk) before publishing it.
 */
export function previewPrices<F extends PriceFormula>(
  input: PricePreviewInput<F>,
): PricePreview<F> {
  if (input.expectedPrices.length === 0)
    throw new RangeError('expectedPrices needs at least one price');
  if (!Number.isInteger(input.steps) || input.steps < 1 || input.steps > 200) {
    throw new RangeError('steps must be a whole number from 1 to 200');
  }
  for (const formula of input.formulas)
    if (formula.kind === 'oneSidedLinear') zeroAtMultiple(formula);
  const from = fromDecimal(input.from);
  const to = fromDecimal(input.to);
  if (compare(from, to) > 0) throw new RangeError('from must not be above to');
  const expected = input.expectedPrices.map((price) => fromDecimal(price));
  const stepSize = div(sub(to, from), rational(BigInt(input.steps)));
  const prices = Array.from({ length: input.steps + 1 }, (_, i) =>
    add(from, mul(stepSize, rational(BigInt(i)))),
  );
  const maxPoints = fromDecimal(input.maxPoints);

  const fieldWith = (price: Rational) => {
    let lowest = price;
    let highest = price;
    for (const other of expected) {
      if (compare(other, lowest) < 0) lowest = other;
      if (compare(other, highest) > 0) highest = other;
    }
    return { lowest, highest };
  };
  return {
    prices: prices.map((price) => toNumber(price, 2)),
    formulas: input.formulas.map((formula) => ({
      formula,
      points: prices.map((price) =>
        toNumber(mul(priceShare(formula, price, fieldWith(price)), maxPoints), 2),
      ),
    })),
    ratios: input.ratio
      ? prices.map((price) => {
          if (sign(price) <= 0) return null;
          // UfAB 2018, Richtwertmethode: Z = L / P, per the published currency units.
          const points = fromDecimal(input.ratio!.performancePoints);
          return toNumber(
            div(mul(points, rational(BigInt(input.ratio!.perCurrencyUnits))), price),
            2,
          );
        })
      : null,
  };
}
