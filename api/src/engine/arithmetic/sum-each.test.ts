import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { rational, sum, type Rational } from './rational.ts';
import { sumEach } from './sum-each.ts';

const value = (n: bigint, d: bigint): Rational => rational(n, d);

/** Denominators as an evaluation has them (levels, basis points, measured ranges) and beyond. */
const denominator = fc.oneof(
  fc.constantFrom(1n, 2n, 5n, 10n, 100n, 1_000n, 10_000n),
  fc.bigInt({ min: 1n, max: 100_000n }),
  fc.bigInt({ min: 1n, max: 2n ** 53n }),
  fc.bigInt({ min: 2n ** 53n, max: 2n ** 80n }),
);
const numerator = fc.oneof(
  fc.bigInt({ min: -1_000n, max: 1_000n }),
  fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }),
  fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n }),
);
const rationals = fc.tuple(numerator, denominator).map(([n, d]) => value(n, d));

describe('sumEach', () => {
  it('sums each row to the reduced fraction that adding term by term gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.array(rationals, { maxLength: 12 }), { maxLength: 8 }),
        (width, ragged) => {
          // Rows as long as each other (one column per criterion), and ragged ones.
          const rows = [...ragged, ...ragged.map((row) => row.slice(0, width))];
          expect(sumEach(rows)).toEqual(rows.map((row) => sum(row)));
        },
      ),
      { ...propertyOptions, numRuns: 5 * propertyOptions.numRuns },
    );
  });

  it('sums columns that share a few denominators, as the criteria of an evaluation do', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.bigInt({ min: 1n, max: 50_000n }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.array(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n })), {
          minLength: 1,
          maxLength: 20,
        }),
        (columns, seeds) => {
          const rows = seeds.map((seed, r) =>
            columns.map((choices, c) =>
              value(seed[c % Math.max(1, seed.length)] ?? BigInt(r), choices[r % choices.length]!),
            ),
          );
          expect(sumEach(rows)).toEqual(rows.map((row) => sum(row)));
        },
      ),
      propertyOptions,
    );
  });

  it('sums exactly where a partial sum leaves the exact range of doubles', () => {
    const near = 2n ** 53n - 1n;
    const rows = [
      [value(near, 1n), value(near, 1n), value(-near, 3n)],
      [value(1n, 3n), value(near - 1n, 3n), value(2n, 3n)],
      [value(-near, 7n), value(-near, 7n), value(0n, 1n)],
    ];
    expect(sumEach(rows)).toEqual(rows.map((row) => sum(row)));
  });

  it('gives zero for empty rows and rows that cancel', () => {
    expect(sumEach([[], [value(1n, 3n), value(-1n, 3n)]])).toEqual([
      { n: 0n, d: 1n },
      { n: 0n, d: 1n },
    ]);
  });
});
