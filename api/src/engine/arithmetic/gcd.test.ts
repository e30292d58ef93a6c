import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { gcd, SAFE, smallGcd } from './gcd.ts';

/** Euclid on bigints, step by step: the reference. */
function plainGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

// Both sides of the switch to the engine's small integers (2^30) and of 2^53.
const edge = (bits: number) =>
  fc.bigInt({ min: -1000n, max: 1000n }).map((offset) => 2n ** BigInt(bits) + offset);
const factor = fc.oneof(
  fc.bigInt({ min: 0n, max: 1000n }),
  fc.bigInt({ min: 0n, max: 2n ** 30n }),
  fc.bigInt({ min: 0n, max: BigInt(SAFE) }),
  edge(30),
  edge(52),
);

describe('gcd', () => {
  it('is 1 for gcd(0, 0) and the other number against 0', () => {
    expect(gcd(0n, 0n)).toBe(1n);
    expect(gcd(0n, 12n)).toBe(12n);
    expect(smallGcd(0, 0)).toBe(1);
    expect(smallGcd(18, 0)).toBe(18);
  });

  it('agrees with plain Euclid on numbers below 2^53, with common factors or none', () => {
    fc.assert(
      fc.property(factor, factor, fc.bigInt({ min: 1n, max: 2n ** 20n }), (a, b, common) => {
        for (const [x, y] of [
          [a, b],
          [a * common, b * common],
        ] as const) {
          if (x > BigInt(SAFE) || y > BigInt(SAFE)) continue;
          const expected = plainGcd(x, y);
          expect(smallGcd(Number(x), Number(y))).toBe(Number(expected));
          expect(gcd(x, y)).toBe(expected);
        }
      }),
      { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
    );
  });

  it('agrees with plain Euclid on bigints beyond 2^53', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 200n }),
        fc.oneof(factor, fc.bigInt({ min: 0n, max: 2n ** 200n })),
        fc.bigInt({ min: 1n, max: 2n ** 60n }),
        (a, b, common) => {
          expect(gcd(a * common, b * common)).toBe(plainGcd(a * common, b * common));
        },
      ),
      propertyOptions,
    );
  });
});
