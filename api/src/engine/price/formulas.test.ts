import { describe, expect, it } from 'vitest';
import {
  fromDecimal,
  mul,
  rational,
  toFixedHalfEven,
  type Rational,
} from '../arithmetic/rational.ts';
import { priceFieldOf, priceShare, type PriceFormula } from './formulas.ts';

const prices = (...values: number[]) => values.map((value) => fromDecimal(value));
/** Points out of M, as published: two decimals. */
const points = (formula: PriceFormula, all: Rational[], price: number, maxPoints = 100) =>
  toFixedHalfEven(
    mul(priceShare(formula, fromDecimal(price), priceFieldOf(all)), rational(maxPoints)),
    2,
  );

describe('price formulas', () => {
  const field = prices(80_000, 100_000, 160_000);

  it('lowest-price ratio: 100·80,000/P', () => {
    const formula = { kind: 'lowestPriceRatio' } as const;
    expect(points(formula, field, 80_000)).toBe('100.00');
    expect(points(formula, field, 100_000)).toBe('80.00');
    expect(points(formula, field, 160_000)).toBe('50.00');
  });

  it('one-sided linear: zero at 2·Pmin = 160,000', () => {
    const formula = { kind: 'oneSidedLinear', zeroAtMultiple: 2 } as const;
    expect(points(formula, field, 80_000)).toBe('100.00');
    // 100·(160,000 − 100,000)/(160,000 − 80,000) = 75
    expect(points(formula, field, 100_000)).toBe('75.00');
    expect(points(formula, field, 160_000)).toBe('0.00');
  });

  it('one-sided linear never goes below zero beyond k·Pmin', () => {
    const formula = { kind: 'oneSidedLinear', zeroAtMultiple: '1.5' } as const;
    // zero at 120,000: 100,000 earns 100·20,000/40,000 = 50; 160,000 earns nothing.
    expect(points(formula, field, 100_000)).toBe('50.00');
    expect(points(formula, field, 160_000)).toBe('0.00');
  });

  it('two-sided linear: 100·(160,000 − P)/(160,000 − 80,000)', () => {
    const formula = { kind: 'twoSidedLinear' } as const;
    expect(points(formula, field, 80_000)).toBe('100.00');
    expect(points(formula, field, 100_000)).toBe('75.00');
    expect(points(formula, field, 160_000)).toBe('0.00');
  });

  it('gives every bid full points when all prices are equal', () => {
    const equal = prices(50_000, 50_000);
    for (const formula of [
      { kind: 'lowestPriceRatio' },
      { kind: 'oneSidedLinear', zeroAtMultiple: 2 },
      { kind: 'twoSidedLinear' },
    ] as const) {
      expect(points(formula, equal, 50_000)).toBe('100.00');
    }
  });

  it('rounds from the exact value, half to even', () => {
    // 100·3/7 = 42.857142… and 30 points · 90,000/135,000 = 20 exactly.
    expect(points({ kind: 'lowestPriceRatio' }, prices(3, 7), 7)).toBe('42.86');
    expect(points({ kind: 'lowestPriceRatio' }, prices(90_000, 135_000), 135_000, 30)).toBe(
      '20.00',
    );
  });

  describe('prices of zero or below', () => {
    it('give the free bid all points and the others none under the ratio formulas', () => {
      const withZero = prices(0, 100_000);
      expect(points({ kind: 'lowestPriceRatio' }, withZero, 0)).toBe('100.00');
      expect(points({ kind: 'lowestPriceRatio' }, withZero, 100_000)).toBe('0.00');
      expect(points({ kind: 'oneSidedLinear', zeroAtMultiple: 2 }, withZero, 100_000)).toBe('0.00');
    });

    it('interpolate normally under the two-sided formula, also below zero', () => {
      const withNegative = prices(-1_000, 0, 3_000);
      expect(points({ kind: 'twoSidedLinear' }, withNegative, -1_000)).toBe('100.00');
      expect(points({ kind: 'twoSidedLinear' }, withNegative, 0)).toBe('75.00');
      expect(points({ kind: 'twoSidedLinear' }, withNegative, 3_000)).toBe('0.00');
    });
  });

  it('refuses a one-sided zero point at or below the lowest price', () => {
    expect(() => points({ kind: 'oneSidedLinear', zeroAtMultiple: 1 }, field, 100_000)).toThrow(
      /above 1/,
    );
  });
});
