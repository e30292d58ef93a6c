import { gcd, SAFE, smallGcd } from './gcd.ts';
import { ZERO, type Rational } from './rational.ts';

/**
 * The exact sum of each row, as `sum` gives it, for rows whose columns are alike (an evaluation:
 * one row per bid, one column per criterion). Adding term by term reduces after every addition,
 * at a cost that grows with the running total. Here the rows share one common denominator D:
 * columns are grouped so that a group's denominators have a common multiple G below 2^53, each
 * row sums each group exactly in doubles over G, the groups' sums are scaled to D with one bigint
 * product each, and each row is reduced once at the end. Where a value or partial sum would not
 * be exact in doubles, that group of that row is summed in bigints instead.
 *
 * D is the least common multiple over all rows. A criterion's points have denominators dividing
 * one multiple, fixed by its weight, scale, published bounds and the decimals of the measured
 * values, so D is about the size of one bid's total; rows with unrelated denominators in a column
 * would make it far larger.
 */
export function sumEach(rows: readonly (readonly Rational[])[]): Rational[] {
  const { groups, wide } = groupColumns(rows);
  const wideDenominators = new Set<bigint>();
  for (const row of rows) {
    for (const column of wide) {
      const value = row[column];
      if (value) wideDenominators.add(value.d);
    }
  }
  const common = commonDenominator([
    ...groups.map((group) => BigInt(group.denominator)),
    ...wideDenominators,
  ]);
  const scale = groups.map((group) => common.value / BigInt(group.denominator));
  const wideScale = new Map([...wideDenominators].map((d) => [d, common.value / d]));

  return rows.map((row) => {
    let numerator = 0n;
    groups.forEach((group, index) => {
      const partial = groupSum(row, group);
      if (partial !== 0n) numerator += partial * scale[index]!;
    });
    for (const column of wide) {
      const value = row[column];
      if (value) numerator += value.n * wideScale.get(value.d)!;
    }
    return reduce(numerator, common);
  });
}

interface ColumnGroup {
  columns: number[];
  /** A common multiple of every denominator in the group's columns, at most SAFE. */
  denominator: number;
}

/**
 * Columns grouped in order while their denominators' least common multiple G and the bound
 * G·Σ max|value| on a row's partial sum stay below 2^52; columns with a denominator or common
 * multiple beyond 2^53 are `wide`, summed in bigints.
 */
function groupColumns(rows: readonly (readonly Rational[])[]): {
  groups: ColumnGroup[];
  wide: number[];
} {
  const width = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const groups: ColumnGroup[] = [];
  const wide: number[] = [];
  let current: ColumnGroup | undefined;
  let bound = 0;
  for (let column = 0; column < width; column++) {
    let multiple = 1;
    let largest = 0;
    for (const row of rows) {
      const value = row[column];
      if (!value) continue;
      const d = Number(value.d);
      multiple = d <= SAFE && multiple <= SAFE ? (multiple / smallGcd(multiple, d)) * d : Infinity;
      largest = Math.max(largest, Math.abs(Number(value.n)) / d);
    }
    if (!(multiple <= SAFE)) {
      wide.push(column);
      continue;
    }
    const joined = current
      ? (current.denominator / smallGcd(current.denominator, multiple)) * multiple
      : Infinity;
    if (current && joined <= SAFE && joined * (bound + largest) < LIMIT) {
      current.columns.push(column);
      current.denominator = joined;
      bound += largest;
    } else {
      current = { columns: [column], denominator: multiple };
      groups.push(current);
      bound = largest;
    }
  }
  return { groups, wide };
}

/** Half of 2^53: a margin for the rounding of the bound, which the sums check anyway. */
const LIMIT = 2 ** 52;

/** A row's sum over a group's columns, times the group's denominator: an integer. */
function groupSum(row: readonly Rational[], group: ColumnGroup): bigint {
  let total = 0;
  for (const column of group.columns) {
    const value = row[column];
    if (!value) continue;
    const term = Number(value.n) * (group.denominator / Number(value.d));
    total += term;
    // Exact while every term and partial sum stays within SAFE (see rational.ts).
    if (!(Math.abs(term) <= SAFE && Math.abs(total) <= SAFE)) return bigGroupSum(row, group);
  }
  return BigInt(total);
}

function bigGroupSum(row: readonly Rational[], group: ColumnGroup): bigint {
  const denominator = BigInt(group.denominator);
  let total = 0n;
  for (const column of group.columns) {
    const value = row[column];
    if (value) total += value.n * (denominator / value.d);
  }
  return total;
}

interface CommonDenominator {
  value: bigint;
  /**
   * Factors whose product is `value`, each at most SAFE (`small` holds it as a number) but for a
   * factor of a single denominator beyond that (`small` is 0), so that a fraction over `value` is
   * reduced with remainders by small factors instead of with Euclid on two large integers.
   */
  chunks: { big: bigint; small: number }[];
}

/** The least common multiple of positive denominators, with its chunks. */
function commonDenominator(denominators: Iterable<bigint>): CommonDenominator {
  let value = 1n;
  const chunks: CommonDenominator['chunks'] = [];
  let chunk = 1;
  const close = () => {
    if (chunk > 1) chunks.push({ big: BigInt(chunk), small: chunk });
    chunk = 1;
  };
  for (const d of denominators) {
    // The part of d not yet in the multiple: lcm(value, d) = value·f.
    const f = d / gcd(value, d);
    if (f === 1n) continue;
    value *= f;
    const small = Number(f);
    if (small > SAFE) {
      chunks.push({ big: f, small: 0 });
    } else {
      // Below 2^30 the remainders of `smallGcd` are cheapest; a larger product starts a new chunk.
      if (chunk * small > CHUNK) close();
      chunk *= small;
    }
  }
  close();
  return { value, chunks };
}

const CHUNK = 2 ** 30;

/**
 * numerator/D reduced. For D = E₁·E₂·…, gcd(N, E₁·E₂·…) = g₁·gcd(N/g₁, E₂·…) with
 * g₁ = gcd(N, E₁) (compare the powers of each prime on both sides), so dividing out each chunk's
 * gcd in turn divides out gcd(N, D).
 */
function reduce(numerator: bigint, common: CommonDenominator): Rational {
  if (numerator === 0n) return ZERO;
  const negative = numerator < 0n;
  let magnitude = negative ? -numerator : numerator;
  let divisor = 1n;
  for (const { big, small } of common.chunks) {
    const remainder = magnitude % big;
    const g = small > 0 ? smallGcd(small, Number(remainder)) : gcd(big, remainder);
    if (g === 1 || g === 1n) continue;
    const factor = BigInt(g);
    magnitude /= factor;
    divisor *= factor;
  }
  return {
    n: negative ? -magnitude : magnitude,
    d: divisor === 1n ? common.value : common.value / divisor,
  };
}
