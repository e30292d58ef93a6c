import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { toBasisPoints } from './basis-points.ts';

const weightSets = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 })
  .filter((weights) => weights.some((weight) => weight > 0))
  .map((weights) => weights.map((weight, i) => ({ id: `c${i}`, weight })));

describe('toBasisPoints, for any entered weights', () => {
  it('sums every sibling set to exactly 10,000', () => {
    fc.assert(
      fc.property(weightSets, (entered) => {
        const total = [...toBasisPoints(entered).values()].reduce((acc, bp) => acc + bp, 0);
        expect(total).toBe(10_000);
      }),
      propertyOptions,
    );
  });

  it('is invariant under scaling every weight by the same factor', () => {
    fc.assert(
      fc.property(weightSets, fc.integer({ min: 2, max: 1_000 }), (entered, factor) => {
        const scaled = entered.map((item) => ({ ...item, weight: item.weight * factor }));
        expect(toBasisPoints(scaled)).toEqual(toBasisPoints(entered));
      }),
      propertyOptions,
    );
  });

  it('is invariant under permuting the input', () => {
    fc.assert(
      fc.property(
        weightSets.chain((entered) =>
          fc.tuple(
            fc.constant(entered),
            fc.shuffledSubarray(entered, { minLength: entered.length }),
          ),
        ),
        ([entered, shuffled]) => {
          expect(Object.fromEntries(toBasisPoints(shuffled))).toEqual(
            Object.fromEntries(toBasisPoints(entered)),
          );
        },
      ),
      propertyOptions,
    );
  });

  it('never gives a weight more than one point away from its exact share', () => {
    fc.assert(
      fc.property(weightSets, (entered) => {
        const total = entered.reduce((acc, item) => acc + item.weight, 0);
        for (const [id, bp] of toBasisPoints(entered)) {
          const exact = (entered.find((item) => item.id === id)!.weight * 10_000) / total;
          expect(Math.abs(bp - exact)).toBeLessThan(1);
        }
      }),
      propertyOptions,
    );
  });
});
