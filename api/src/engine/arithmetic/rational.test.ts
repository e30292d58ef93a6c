import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import {
  add,
  compare,
  decimalParts,
  div,
  equals,
  fromDecimal,
  mul,
  neg,
  pow,
  rational,
  sub,
  toFixedHalfEven,
  toNumber,
  type Rational,
} from './rational.ts';

describe('rational', () => {
  it('reduces and normalises the sign into the numerator', () => {
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(rational(0n, -7n)).toEqual({ n: 0n, d: 1n });
  });

  it('refuses a zero denominator and division by zero', () => {
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(() => div(rational(1n), rational(0n))).toThrow(RangeError);
  });

  it('adds exactly where binary floating point does not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(equals(add(fromDecimal(0.1), fromDecimal(0.2)), fromDecimal('0.3'))).toBe(true);
  });

  it('multiplies, subtracts, divides and raises to powers exactly', () => {
    expect(mul(rational(2n, 3n), rational(9n, 4n))).toEqual({ n: 3n, d: 2n });
    expect(sub(rational(1n, 3n), rational(1n, 2n))).toEqual({ n: -1n, d: 6n });
    expect(div(rational(1n, 3n), rational(2n, 3n))).toEqual({ n: 1n, d: 2n });
    expect(pow(fromDecimal('1.05'), 2)).toEqual(fromDecimal('1.1025'));
  });

  it('orders values', () => {
    expect(compare(rational(1n, 3n), rational(1n, 2n))).toBe(-1);
    expect(compare(rational(2n, 4n), rational(1n, 2n))).toBe(0);
    expect(compare(fromDecimal(-1), fromDecimal(-2))).toBe(1);
  });

  describe('fromDecimal', () => {
    it.each([
      ['12.50', { n: 25n, d: 2n }],
      ['-0.125', { n: -1n, d: 8n }],
      ['1e3', { n: 1000n, d: 1n }],
      ['2.5E-2', { n: 1n, d: 40n }],
      ['+7', { n: 7n, d: 1n }],
    ])('reads %s exactly', (text, expected) => {
      expect(fromDecimal(text)).toEqual(expected);
    });

    it('reads a number through its shortest decimal form', () => {
      expect(fromDecimal(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
      expect(fromDecimal(123456.789)).toEqual({ n: 123456789n, d: 1000n });
    });

    it.each([NaN, Infinity, -Infinity])('refuses %s', (value) => {
      expect(() => fromDecimal(value)).toThrow(RangeError);
    });

    it.each(['', 'abc', '1,5', '0x10', '1e', '.5'])('refuses the text %j', (text) => {
      expect(() => fromDecimal(text)).toThrow(RangeError);
    });
  });

  describe('toFixedHalfEven', () => {
    it.each([
      ['0.125', 2, '0.12'],
      ['0.135', 2, '0.14'],
      ['0.1251', 2, '0.13'],
      ['2.5', 0, '2'],
      ['3.5', 0, '4'],
      ['-0.125', 2, '-0.12'],
      ['-0.001', 2, '0.00'],
      ['86.25', 2, '86.25'],
      ['7', 2, '7.00'],
    ])('rounds %s to %i places as %s', (text, digits, expected) => {
      expect(toFixedHalfEven(fromDecimal(text), digits)).toBe(expected);
    });

    it('rounds thirds from the exact value', () => {
      expect(toFixedHalfEven(rational(200n, 3n), 2)).toBe('66.67');
      expect(toNumber(rational(1n, 3n), 4)).toBe(0.3333);
    });
  });

  it('gives the nearest double of the rounded decimal, small or large, as Number() reads it', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 15 }),
        (n, d, digits) => {
          const value = rational(n, d);
          expect(toNumber(value, digits)).toBe(Number(toFixedHalfEven(value, digits)));
        },
      ),
      { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
    );
  });

  it('adds, subtracts, multiplies and divides to the reduced fraction of the plain formulas', () => {
    const plain = (n: bigint, d: bigint) => rational(n, d);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
        fc.bigInt({ min: 1n, max: 10n ** 40n }),
        fc.bigInt({ min: -1000n, max: 1000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        (an, ad, bn, bd) => {
          const a = rational(an, ad);
          const b = rational(bn, bd);
          expect(add(a, b)).toEqual(plain(a.n * b.d + b.n * a.d, a.d * b.d));
          expect(sub(a, b)).toEqual(plain(a.n * b.d - b.n * a.d, a.d * b.d));
          expect(mul(a, b)).toEqual(plain(a.n * b.n, a.d * b.d));
          if (b.n !== 0n) expect(div(a, b)).toEqual(plain(a.n * b.d, a.d * b.n));
        },
      ),
      { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
    );
  });

  describe('in doubles where exact', () => {
    // Numerators and denominators around the edges of the double fast paths: small integers,
    // 2^26 (whose products reach 2^52), 2^30 (the engine's small integers) and 2^53.
    const edge = (bits: number) =>
      fc.bigInt({ min: -1000n, max: 1000n }).map((offset) => 2n ** BigInt(bits) + offset);
    const magnitude = fc.oneof(
      fc.bigInt({ min: 1n, max: 1000n }),
      fc.bigInt({ min: 1n, max: 2n ** 53n }),
      edge(26),
      edge(30),
      edge(52),
      edge(53),
      fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }),
    );
    const operand = fc
      .tuple(magnitude, magnitude, fc.boolean(), fc.boolean())
      .map(([n, d, negative, zero]) =>
        rational(zero ? 0n : negative ? -n : n, d > 0n ? d : 1n - d),
      );
    const reduced = (n: bigint, d: bigint): Rational => {
      if (d < 0n) [n, d] = [-n, -d];
      let [a, b] = [n < 0n ? -n : n, d];
      while (b !== 0n) [a, b] = [b, a % b];
      return { n: n / a, d: d / a };
    };

    it('adds, subtracts, multiplies, divides and compares as the plain bigint formulas', () => {
      fc.assert(
        fc.property(operand, operand, (a, b) => {
          expect(add(a, b)).toEqual(reduced(a.n * b.d + b.n * a.d, a.d * b.d));
          expect(sub(a, b)).toEqual(reduced(a.n * b.d - b.n * a.d, a.d * b.d));
          expect(mul(a, b)).toEqual(reduced(a.n * b.n, a.d * b.d));
          if (b.n !== 0n) expect(div(a, b)).toEqual(reduced(a.n * b.d, a.d * b.n));
          const difference = a.n * b.d - b.n * a.d;
          expect(compare(a, b)).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
        }),
        { ...propertyOptions, numRuns: 20 * propertyOptions.numRuns },
      );
    });

    it('orders large, tiny and nearly equal fractions as their exact difference does', () => {
      const huge = fc.bigInt({ min: 1n, max: 2n ** 1100n });
      const fraction = fc
        .tuple(fc.oneof(huge, fc.bigInt({ min: -(2n ** 1100n), max: 0n })), huge)
        .map(([n, d]) => rational(n, d));
      // b within a hair of a: a + 1/(a.d·k), or a itself in another form.
      const close = fc
        .tuple(fraction, fc.bigInt({ min: 1n, max: 2n ** 80n }), fc.integer({ min: -1, max: 1 }))
        .map(([a, k, step]) => [a, rational(a.n * k + BigInt(step), a.d * k)] as const);
      fc.assert(
        fc.property(fc.oneof(fc.tuple(fraction, fraction), close), ([a, b]) => {
          const difference = a.n * b.d - b.n * a.d;
          expect(compare(a, b)).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
          expect(compare(b, a)).toBe(difference < 0n ? 1 : difference > 0n ? -1 : 0);
        }),
        { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
      );
    });

    it('adds and subtracts exactly where a sum crosses 2^53 though both terms lie below', () => {
      const high = 2n ** 52n;
      expect(add(rational(high + 1n), rational(high + 2n))).toEqual(rational(2n * high + 3n));
      expect(sub(rational(-high - 1n), rational(high + 2n))).toEqual(rational(-2n * high - 3n));
      fc.assert(
        fc.property(
          fc.bigInt({ min: -1000n, max: 1000n }),
          fc.bigInt({ min: -1000n, max: 1000n }),
          fc.bigInt({ min: 1n, max: 1000n }),
          fc.boolean(),
          (x, y, d, negative) => {
            const sign = negative ? -1n : 1n;
            const a = rational(sign * (high * d + x), d);
            const b = rational(sign * (high * d + y), d);
            expect(add(a, b)).toEqual(reduced(a.n * b.d + b.n * a.d, a.d * b.d));
            expect(sub(a, neg(b))).toEqual(reduced(a.n * b.d + b.n * a.d, a.d * b.d));
          },
        ),
        propertyOptions,
      );
    });

    it('rounds for publication as the decimal text does', () => {
      // Numerators at and beyond the limit of the double path for each number of digits.
      const nearLimit = fc
        .tuple(
          fc.integer({ min: 0, max: 15 }),
          fc.bigInt({ min: 1n, max: 8n }),
          fc.bigInt({ min: -1000n, max: 1000n }),
          fc.bigInt({ min: 1n, max: 1000n }),
        )
        .map(([digits, times, offset, d]) => ({
          digits,
          value: rational(BigInt(Math.floor(2 ** 52 / 10 ** digits)) * times + offset, d),
        }));
      const anyDigits = fc.record({ digits: fc.integer({ min: 0, max: 15 }), value: operand });
      fc.assert(
        fc.property(fc.oneof(nearLimit, anyDigits), ({ value, digits }) => {
          expect(toNumber(value, digits)).toBe(Number(toFixedHalfEven(value, digits)));
        }),
        { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
      );
    });

    it('reads a decimal into the parts of its exact value', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 100),
            // Digits on both sides of 2^50 and up to 2^53, with up to 20 places.
            fc
              .tuple(
                fc.oneof(
                  fc.integer({ min: 2 ** 50 - 1000, max: 2 ** 50 + 1000 }),
                  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
                  fc.integer({ min: -1e6, max: 1e6 }),
                ),
                fc.integer({ min: 0, max: 20 }),
              )
              .map(([digits, places]) => digits / 10 ** places),
          ),
          (value) => {
            expect(fromDecimal(value)).toEqual(fromDecimal(String(value)));
            const parts = decimalParts(value);
            if (parts) {
              const [n, d] = parts;
              expect(rational(BigInt(n), BigInt(d))).toEqual(fromDecimal(String(value)));
            }
          },
        ),
        { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
      );
    });
  });

  it('reads every double as its shortest decimal text reads', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer({ min: -1e12, max: 1e12 }).map((cents) => cents / 1_000),
        ),
        (value) => {
          expect(fromDecimal(value)).toEqual(fromDecimal(String(value)));
        },
      ),
      { ...propertyOptions, numRuns: 10 * propertyOptions.numRuns },
    );
  });
});
