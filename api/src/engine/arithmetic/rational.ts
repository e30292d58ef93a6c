import { gcd, SAFE, smallGcd } from './gcd.ts';

/**
 * Exact rational numbers over bigint. Scores and weights are products and quotients of published
 * decimals; binary floating point would make the 15th digit depend on the order of operations,
 * and a ranking that flips on such a digit cannot be defended. Every value here is exact and
 * reduced, so equal values have equal representations.
 */
export interface Rational {
  /** Numerator, sign carrier. */
  readonly n: bigint;
  /** Denominator, always positive; coprime with the numerator. */
  readonly d: bigint;
}

const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

export const ZERO: Rational = Object.freeze({ n: 0n, d: 1n });
export const ONE: Rational = Object.freeze({ n: 1n, d: 1n });

export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError('Division by zero');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n < 0n ? -n : n, d);
  return { n: n / g, d: d / g };
}

/**
 * The exact value of a decimal, given as a finite number or a decimal string. A number is read
 * through its shortest round-trip decimal form, so 0.1 is exactly one tenth, which is what the
 * person who typed it meant.
 */
export function fromDecimal(value: number | string): Rational {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Not a finite number: ${value}`);
  }
  if (typeof value === 'number') {
    const small = smallDecimal(value);
    if (small) return small;
  }
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = decimalPattern.exec(text);
  if (!match) throw new RangeError(`Not a decimal number: ${JSON.stringify(value)}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  if (Math.abs(exponent) > 400) throw new RangeError(`Exponent out of range: ${text}`);
  const digits = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return exponent >= 0
    ? rational(digits * 10n ** BigInt(exponent))
    : rational(digits, 10n ** BigInt(-exponent));
}

/** The common case of `fromDecimal` on doubles, from `decimalParts`. Undefined otherwise. */
function smallDecimal(value: number): Rational | undefined {
  const parts = decimalParts(value);
  return parts && { n: BigInt(parts[0]), d: BigInt(parts[1]) };
}

/**
 * The reduced numerator and denominator of `fromDecimal(value)` as doubles, in double arithmetic:
 * for an integer, or a short decimal whose digits and power of ten are both exact doubles.
 * Undefined otherwise.
 */
export function decimalParts(value: number): [numerator: number, denominator: number] | undefined {
  if (Number.isSafeInteger(value)) return [value, 1];
  const found = fewestPlaces(value) ?? shortestText(value);
  if (!found) return undefined;
  const [digits, power] = found;
  const g = smallGcd(Math.abs(digits), power);
  return [digits / g, power / g];
}

/** The digits and power of ten of the shortest decimal text of `value`, where both are exact. */
function shortestText(value: number): [digits: number, power: number] | undefined {
  const text = String(value);
  const dot = text.indexOf('.');
  if (dot < 0 || text.includes('e')) return undefined;
  const places = text.length - dot - 1;
  const digits = Number(text.slice(0, dot) + text.slice(dot + 1));
  if (places > 15 || !Number.isSafeInteger(digits)) return undefined;
  return [digits, 10 ** places];
}

/**
 * `shortestText` without the text, for digits below 2^50: the fewest places p for which some
 * integer D below 2^50 reads back as `value` (D / 10^p rounds to it). It is the shortest text's
 * reading, and for each p the only candidate is D = round(value·10^p): a D that reads back lies
 * within |D|·2^-53 < 1/8 of value·10^p, which is itself computed within 1/8, and two integers
 * cannot both lie within half a unit of the last place of `value`. Undefined where no p qualifies.
 */
function fewestPlaces(value: number): [digits: number, power: number] | undefined {
  for (let places = 0, power = 1; places <= 15; places++, power *= 10) {
    const digits = Math.round(value * power);
    if (!(Math.abs(digits) < DIGITS_LIMIT)) return undefined;
    if (digits / power === value) return [digits, power];
  }
  return undefined;
}

const DIGITS_LIMIT = 2 ** 50;

/** `value` percent as a fraction: 20 → 1/5. */
export function percent(value: number | string): Rational {
  return div(fromDecimal(value), rational(100n));
}

// The four operations keep their operands' greatest common divisors apart (Knuth, TAOCP vol. 2,
// § 4.5.1, after Henrici), so every gcd taken is of a large number with a small one. A sum of many
// terms then costs time linear in the size of the running total, where reducing the full product
// after each step would cost its square; the results are the same reduced fractions.

export function add(a: Rational, b: Rational): Rational {
  return addSigned(a, b.n, b.d);
}

export function sub(a: Rational, b: Rational): Rational {
  return addSigned(a, -b.n, b.d);
}

/** a + bn/bd for a reduced bn/bd, as Henrici's algorithm. */
function addSigned(a: Rational, bn: bigint, bd: bigint): Rational {
  const small = addSmall(Number(a.n), Number(a.d), Number(bn), Number(bd));
  if (small) return small;
  if (a.d === 1n && bd === 1n) return { n: a.n + bn, d: 1n };
  const g1 = gcd(a.d, bd);
  if (g1 === 1n) return { n: a.n * bd + bn * a.d, d: a.d * bd };
  const t = a.n * (bd / g1) + bn * (a.d / g1);
  if (t === 0n) return ZERO;
  const g2 = gcd(abs(t), g1);
  return { n: t / g2, d: (a.d / g1) * (bd / g2) };
}

export function mul(a: Rational, b: Rational): Rational {
  return mulReduced(a.n, a.d, b.n, b.d);
}

export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return b.n < 0n ? mulReduced(a.n, a.d, -b.d, -b.n) : mulReduced(a.n, a.d, b.d, b.n);
}

/** (an/ad)·(bn/bd) for reduced operands with positive denominators: cross-cancel, then multiply. */
function mulReduced(an: bigint, ad: bigint, bn: bigint, bd: bigint): Rational {
  if (an === 0n || bn === 0n) return ZERO;
  const small = mulSmall(Number(an), Number(ad), Number(bn), Number(bd));
  if (small) return small;
  const g1 = gcd(abs(an), bd);
  const g2 = gcd(abs(bn), ad);
  return { n: (an / g1) * (bn / g2), d: (ad / g2) * (bd / g1) };
}

export function neg(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

export function sum(values: Iterable<Rational>): Rational {
  let total = ZERO;
  for (const value of values) total = addSigned(total, value.n, value.d);
  return total;
}

/** Negative, zero or positive as a is below, equal to or above b. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  // Against zero and one (clamping a share), no product is needed.
  if (b.n === 0n) return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
  if (b.n === 1n && b.d === 1n) return a.n < a.d ? -1 : a.n > a.d ? 1 : 0;
  const an = Number(a.n);
  const ad = Number(a.d);
  const bn = Number(b.n);
  const bd = Number(b.d);
  const left = an * bd;
  const right = bn * ad;
  // Products of exact integers below 2^53 are exact there, and rounding keeps larger ones larger.
  if (Math.abs(left) <= SAFE && Math.abs(right) <= SAFE)
    return left < right ? -1 : left > right ? 1 : 0;
  const apart = orderApart(an, ad, bn, bd);
  if (apart !== 0) return apart;
  const difference = a.n * b.d - b.n * a.d;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * The order of an/ad and bn/bd (numerators and denominators of two fractions as doubles) where
 * their quotients are clearly apart, else 0. Each finite double is within 2^-53 of its integer,
 * relatively. A quotient of a finite denominator is zero exactly or, its numerator being at least
 * 1, above 2^-1024, where doubles still carry 50 bits: so each quotient lies within 2^-49 of its
 * fraction, relatively, and quotients apart by more than 10^-12 of the larger are in the exact
 * order.
 */
function orderApart(an: number, ad: number, bn: number, bd: number): -1 | 0 | 1 {
  const x = an / ad;
  const y = bn / bd;
  const finite =
    Number.isFinite(ad) && Number.isFinite(bd) && Number.isFinite(x) && Number.isFinite(y);
  const gap = x - y;
  if (!finite || Math.abs(gap) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y))) return 0;
  return gap < 0 ? -1 : 1;
}

export function equals(a: Rational, b: Rational): boolean {
  return a.n === b.n && a.d === b.d;
}

export function min(a: Rational, b: Rational): Rational {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Rational, b: Rational): Rational {
  return compare(a, b) >= 0 ? a : b;
}

export function clamp(value: Rational, low: Rational, high: Rational): Rational {
  return max(low, min(high, value));
}

export function sign(a: Rational): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

/** a to a non-negative integer power, exactly. */
export function pow(a: Rational, exponent: number): Rational {
  if (!Number.isInteger(exponent) || exponent < 0) {
    throw new RangeError(`Exponent must be a non-negative integer: ${exponent}`);
  }
  const e = BigInt(exponent);
  return rational(a.n ** e, a.d ** e);
}

/**
 * The decimal string of `a` rounded to `digits` places, half to even ("banker's rounding"), so
 * that rounding many published scores introduces no drift in either direction.
 */
export function toFixedHalfEven(a: Rational, digits: number): string {
  if (!Number.isInteger(digits) || digits < 0) throw new RangeError(`Bad digit count: ${digits}`);
  const quotient = roundedScaled(a, digits);
  const text = abs(quotient)
    .toString()
    .padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  return `${quotient < 0n ? '-' : ''}${whole}${fraction}`;
}

/** The nearest double; for display and for JSON output after rounding, never for deciding. */
export function toNumber(a: Rational, digits = 10): number {
  // The double nearest to quotient / 10^digits, as Number() would read the decimal text: both
  // operands are exact doubles, and IEEE division rounds correctly.
  const small = roundedScaledSmall(a, digits);
  if (small !== undefined) return small === 0 ? 0 : small / POWER_OF_TEN[digits]!;
  const quotient = roundedScaled(a, digits);
  if (digits <= 22 && quotient <= MAX_EXACT && quotient >= -MAX_EXACT) {
    const value = Number(quotient) / POWER_OF_TEN[digits]!;
    return value === 0 ? 0 : value;
  }
  return Number(toFixedHalfEven(a, digits));
}

/** An approximation for ordering only: exact decisions compare, never this. */
export function approximate(a: Rational): number {
  const value = Number(a.n) / Number(a.d);
  return Number.isFinite(value) ? value : NaN;
}

const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
const HALF_EXACT = 2 ** 52;
/** For each digit count k ≤ 15, the largest |n| with |n|·10^k ≤ 2^52. */
/** 10^k for k ≤ 22, all exact doubles; a table, as publishing rounds every figure. */
const POWER_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const SMALL_NUMERATOR = Array.from({ length: 16 }, (_, k) => Math.floor(HALF_EXACT / 10 ** k));

/**
 * `roundedScaled` in double arithmetic where every intermediate stays an exact integer below
 * 2^53 (numerator·10^k and denominator at most 2^52), as it does for the small fractions of
 * shares and points; undefined otherwise.
 */
function roundedScaledSmall(a: Rational, digits: number): number | undefined {
  if (!(digits >= 0 && digits <= 15 && Number.isInteger(digits))) return undefined;
  // Compared as doubles, which is exact: a conversion is exact below 2^53 and at least 2^53
  // beyond, and both limits lie below.
  const n = Number(a.n);
  const d = Number(a.d);
  if (!(Math.abs(n) <= SMALL_NUMERATOR[digits]! && d <= HALF_EXACT)) return undefined;
  const x = Math.abs(n) * POWER_OF_TEN[digits]!;
  let q = Math.floor(x / d);
  let r = x - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (2 * r > d || (2 * r === d && q % 2 === 1)) q += 1;
  return a.n < 0n ? -q : q;
}

/** a·10^digits rounded half to even, as a signed integer. */
function roundedScaled(a: Rational, digits: number): bigint {
  const negative = a.n < 0n;
  const magnitude = (negative ? -a.n : a.n) * 10n ** BigInt(digits);
  let quotient = magnitude / a.d;
  const twiceRemainder = (magnitude % a.d) * 2n;
  if (twiceRemainder > a.d || (twiceRemainder === a.d && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

function abs(a: bigint): bigint {
  return a < 0n ? -a : a;
}

// The fast paths below take numerators and denominators converted to doubles. A conversion is
// exact up to 2^53 - 1 and, rounding being monotonic, at least 2^53 beyond; the same holds for
// products and sums of exact integers. So a result checked against SAFE is exact, and where a
// check fails the caller falls back to bigint arithmetic. They return the same reduced fraction.

/** `addSigned` on doubles, or undefined where an operand or intermediate exceeds 2^53 - 1. */
function addSmall(an: number, ad: number, bn: number, bd: number): Rational | undefined {
  if (!(Math.abs(an) <= SAFE && ad <= SAFE && Math.abs(bn) <= SAFE && bd <= SAFE)) return undefined;
  const g1 = smallGcd(ad, bd);
  const left = an * (bd / g1);
  const right = bn * (ad / g1);
  const t = left + right;
  if (!(Math.abs(left) <= SAFE && Math.abs(right) <= SAFE && Math.abs(t) <= SAFE)) return undefined;
  if (t === 0) return ZERO;
  const g2 = g1 === 1 ? 1 : smallGcd(Math.abs(t), g1);
  const d = (ad / g1) * (bd / g2);
  return d <= SAFE ? { n: BigInt(t / g2), d: BigInt(d) } : undefined;
}

/** `mulReduced` on doubles for non-zero numerators, or undefined where a value exceeds 2^53 - 1. */
function mulSmall(an: number, ad: number, bn: number, bd: number): Rational | undefined {
  if (!(Math.abs(an) <= SAFE && ad <= SAFE && Math.abs(bn) <= SAFE && bd <= SAFE)) return undefined;
  const g1 = smallGcd(Math.abs(an), bd);
  const g2 = smallGcd(Math.abs(bn), ad);
  const n = (an / g1) * (bn / g2);
  const d = (ad / g2) * (bd / g1);
  return Math.abs(n) <= SAFE && d <= SAFE ? { n: BigInt(n), d: BigInt(d) } : undefined;
}
