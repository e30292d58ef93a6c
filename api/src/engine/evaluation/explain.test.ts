import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { compare, rational, sub, toNumber, type Rational } from '../arithmetic/rational.ts';
import { explain, roundedApproximation } from './explain.ts';
import type { ExactScore } from './score-bids.ts';

const score = (id: string, points: Rational[]): ExactScore => ({
  id,
  price: rational(1n),
  score: undefined,
  performance: rational(0n),
  contributions: points.map((value, i) => ({
    criterionId: `c${i}`,
    weight: rational(1n),
    share: rational(1n),
    points: value,
  })),
});

/** The plain exact explanation: every difference subtracted, sorted and rounded exactly. */
function exactly(ahead: ExactScore, behind: ExactScore) {
  return ahead.contributions
    .map((item, i) => ({
      criterionId: item.criterionId,
      difference: sub(item.points, behind.contributions[i]!.points),
    }))
    .filter((item) => item.difference.n !== 0n)
    .sort((a, b) => compare(b.difference, a.difference) || (a.criterionId < b.criterionId ? -1 : 1))
    .map((item) => ({ criterionId: item.criterionId, difference: toNumber(item.difference, 2) }));
}

const points = fc
  .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 7n }))
  .map(([n, d]) => rational(n, d));

describe('explain', () => {
  it('orders and rounds the differences exactly as the plain exact computation', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(points, points), { minLength: 1, maxLength: 30 }), (pairs) => {
        const ahead = score(
          'a',
          pairs.map(([a]) => a),
        );
        const behind = score(
          'b',
          pairs.map(([, b]) => b),
        );
        expect(explain(ahead, behind)).toEqual({ bidId: 'a', criteria: exactly(ahead, behind) });
      }),
      { ...propertyOptions, numRuns: 5 * propertyOptions.numRuns },
    );
  });

  it('rounds exactly at a half: 0.125 and 0.135 are left to the exact value', () => {
    // Ties and near-ties of the rounding are never decided from a double.
    expect(roundedApproximation(0.125, 2)).toBeUndefined();
    expect(roundedApproximation(0.13499999999999, 2)).toBeUndefined();
    expect(roundedApproximation(0.1349999, 2)).toBe(0.13);
    expect(roundedApproximation(12.3456, 2)).toBe(12.35);
    expect(roundedApproximation(-12.3449, 2)).toBe(-12.34);
    // Equal points in different forms of the same value, and values a hair apart.
    const third = rational(1n, 3n);
    const nearly = rational(333_333_333_333n, 1_000_000_000_000n);
    expect(explain(score('a', [third, nearly]), score('b', [third, third])).criteria).toEqual([
      { criterionId: 'c1', difference: 0 },
    ]);
  });
});
