import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import {
  add,
  compare,
  div,
  equals,
  fromDecimal,
  mul,
  pow,
  rational,
  sub,
  toFixedHalfEven,
  toNumber,
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
