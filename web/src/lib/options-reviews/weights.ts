// Weights as people read and type them (percent) and as the scheme stores them (whole basis
// points, 10,000 per sibling set). Exact throughout: a set the user made add up to 100 % is
// saved adding up to exactly 10,000, and nothing is silently stretched to fit.

/** Basis points of a whole sibling set: 100 %. */
export const setTotal = 10_000;

type Locale = 'de' | 'en';

const regionOf = { de: 'de-DE', en: 'en-GB' } as const;

/** A weight as a percentage in the user's language: 4000 → "40 %", 3333 → "33,33 %". */
export function formatPercent(basisPoints: number, locale: Locale): string {
  return new Intl.NumberFormat(regionOf[locale], {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(basisPoints / setTotal);
}

/**
 * The value of a weight's input field: the percentage without its sign, in the user's decimal
 * mark, computed on whole numbers so 3333 is "33,33" and never "33,330000000000005".
 */
export function percentInputValue(basisPoints: number, locale: Locale): string {
  const whole = Math.trunc(basisPoints / 100);
  const hundredths = basisPoints % 100;
  if (hundredths === 0) return String(whole);
  const fraction = String(hundredths).padStart(2, '0').replace(/0$/, '');
  return `${whole}${locale === 'de' ? ',' : '.'}${fraction}`;
}

/** A typed percentage, exactly: `units` × 10^−`scale` percent. */
interface TypedPercent {
  units: bigint;
  scale: number;
}

/**
 * What someone typed as a percentage ("40", "33,33", "33.333", "12,5 %"), or null. Either
 * decimal mark is taken: a weight is at most 100, so neither can be a thousands separator.
 */
export function parsePercent(text: string): TypedPercent | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,6}))?$/.exec(text.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  const fraction = match[2] ?? '';
  const typed = { units: BigInt(`${match[1]}${fraction}`), scale: fraction.length };
  return typed.units > 100n * 10n ** BigInt(typed.scale) ? null : typed;
}

/** The weights of one sibling set, read from what was typed. */
export type SetReading =
  | { ok: true; basisPoints: number[] }
  /** `invalid`: the positions that are no percentage from 0 to 100. */
  | { ok: false; invalid: number[]; sum: null }
  /** Every weight is a percentage, but together they are not 100 %; `sum` as typed. */
  | { ok: false; invalid: []; sum: string };

/**
 * Basis points for the typed percentages of a sibling set. They must add up to exactly 100 %.
 * A percentage finer than a basis point (three times 33,333… typed as 33,333, 33,333 and
 * 33,334) is rounded by the largest remainder, so the set still sums to exactly 10,000 and each
 * weight is within one basis point of what was typed.
 */
export function readSetWeights(typed: readonly string[], locale: Locale): SetReading {
  const parsed = typed.map(parsePercent);
  const invalid = parsed.flatMap((value, index) => (value === null ? [index] : []));
  if (invalid.length > 0) return { ok: false, invalid, sum: null };
  const values = parsed as TypedPercent[];
  const scale = Math.max(2, ...values.map((value) => value.scale));
  const denominator = 10n ** BigInt(scale);
  // In units of 10^−scale percent, all on the same scale.
  const exact = values.map((value) => value.units * 10n ** BigInt(scale - value.scale));
  const sum = exact.reduce((a, b) => a + b, 0n);
  if (sum !== 100n * denominator) {
    return { ok: false, invalid: [], sum: decimalText(sum, scale, locale) };
  }
  // A basis point is 10^−2 percent, i.e. 10^(scale − 2) units.
  const basisPoints = largestRemainder(exact, denominator / 100n);
  return { ok: true, basisPoints };
}

/** `units` × 10^−`scale` as text in the user's decimal mark, without trailing zeros. */
function decimalText(units: bigint, scale: number, locale: Locale): string {
  const denominator = 10n ** BigInt(scale);
  const whole = units / denominator;
  const fraction = (units % denominator).toString().padStart(scale, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}${locale === 'de' ? ',' : '.'}${fraction}`;
}

/**
 * Shares of the whole in basis points, rounded by the largest remainder so that they sum to
 * exactly 10,000 when the exact shares sum to one. Each exact share is `numerator` / 10,000^`depth`:
 * the product of the basis points along a path of `depth` nodes.
 */
export function roundedShares(shares: readonly { numerator: bigint; depth: number }[]): number[] {
  if (shares.length === 0) return [];
  const deepest = Math.max(...shares.map((share) => share.depth));
  // Every share over 10,000^deepest; a basis point of the whole is 10,000^(deepest − 1) of that.
  const perBasisPoint = BigInt(setTotal) ** BigInt(deepest - 1);
  const exact = shares.map(
    (share) => share.numerator * BigInt(setTotal) ** BigInt(deepest - share.depth),
  );
  const total = exact.reduce((a, b) => a + b, 0n);
  // Only a complete tree is apportioned; anything else is shown rounded down, as it is.
  if (total !== BigInt(setTotal) * perBasisPoint) {
    return exact.map((value) => Number(value / perBasisPoint));
  }
  return largestRemainder(exact, perBasisPoint);
}

/**
 * Whole multiples of `unit` for exact values whose sum is a whole multiple of it: each value
 * rounded down, and the units left over given one each to the largest remainders (the earlier
 * value first among equals), so the rounded values keep the exact sum (Hamilton's method).
 */
function largestRemainder(exact: readonly bigint[], unit: bigint): number[] {
  const rounded = exact.map((value) => Number(value / unit));
  const total = exact.reduce((a, b) => a + b, 0n) / unit;
  let left = Number(total) - rounded.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ remainder: value % unit, index }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    rounded[index]! += 1;
    left -= 1;
  }
  return rounded;
}
