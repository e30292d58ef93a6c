import { pointer, type EngineIssue } from '../../scheme/issues.ts';

/** The ends of Saaty's fundamental scale: 1 is equal importance, 9 extreme importance. */
export const SCALE_MAX = 9;
/** At least two items to compare; the random index table ends at 15. */
export const MIN_ITEMS = 2;
export const MAX_ITEMS = 15;
/**
 * How far a_ij · a_ji may stray from 1, and 1/9 from below. People type reciprocals as rounded
 * decimals (0.14 for 1/7 is 2% off); a transposed or mistyped judgement (3 against 1/2, 50% off)
 * is far outside.
 */
export const RECIPROCAL_TOLERANCE = 0.05;

/** A square, positive, exactly reciprocal matrix of judgements, row-major. */
export interface PairwiseMatrix {
  readonly size: number;
  /** values[i * size + j] is how many times more important item i is than item j. */
  readonly values: Float64Array;
}

/** Judgements as entered: rows of numbers, row i comparing item i with every item j. */
export type EnteredJudgements = readonly (readonly number[])[];

/**
 * Every issue of an entered judgement matrix for the given items, each naming its cell as
 * `/row/column`: the size, a positive value on the 1/9..9 scale in every cell, ones on the
 * diagonal and reciprocal pairs (a_ji = 1/a_ij within RECIPROCAL_TOLERANCE).
 */
export function checkJudgements(rows: EnteredJudgements, ids: readonly string[]): EngineIssue[] {
  const n = ids.length;
  const name = (i: number) => JSON.stringify(ids[i] ?? `#${i}`);
  if (n < MIN_ITEMS || n > MAX_ITEMS) {
    return [
      {
        pointer: '',
        code: 'matrix-size',
        message: `AHP compares ${MIN_ITEMS} to ${MAX_ITEMS} items, not ${n}`,
      },
    ];
  }
  if (!Array.isArray(rows) || rows.length !== n) {
    return [
      {
        pointer: '',
        code: 'matrix-size',
        message: `The matrix needs one row per item: ${n} rows, not ${Array.isArray(rows) ? rows.length : 0}`,
      },
    ];
  }
  const issues: EngineIssue[] = [];
  const usable = rows.map((row, i) => {
    if (Array.isArray(row) && row.length === n) return true;
    issues.push({
      pointer: pointer(i),
      code: 'row-length',
      message: `The row of ${name(i)} needs ${n} judgements, one per item`,
    });
    return false;
  });
  const valid = (i: number, j: number) => {
    const value = rows[i]?.[j];
    return usable[i] === true && typeof value === 'number' && Number.isFinite(value) && value > 0;
  };
  for (let i = 0; i < n; i++) {
    if (!usable[i]) continue;
    for (let j = 0; j < n; j++) {
      const value = rows[i]![j]!;
      const cell = pointer(i, j);
      if (!valid(i, j)) {
        issues.push({
          pointer: cell,
          code: 'judgement-not-positive',
          message: `The judgement of ${name(i)} against ${name(j)} must be a number above zero`,
        });
      } else if (i === j && value !== 1) {
        issues.push({
          pointer: cell,
          code: 'diagonal-not-one',
          message: `${name(i)} compared with itself must be 1, not ${value}`,
        });
      } else if (value > SCALE_MAX || value * SCALE_MAX < 1 - RECIPROCAL_TOLERANCE) {
        issues.push({
          pointer: cell,
          code: 'judgement-off-scale',
          message: `The judgement of ${name(i)} against ${name(j)} is ${value}, outside Saaty's scale from 1/9 to 9`,
        });
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!valid(i, j) || !valid(j, i)) continue;
      const upper = rows[i]![j]!;
      const lower = rows[j]![i]!;
      if (Math.abs(upper * lower - 1) > RECIPROCAL_TOLERANCE) {
        issues.push({
          pointer: pointer(j, i),
          code: 'not-reciprocal',
          message: `The judgement of ${name(j)} against ${name(i)} is ${lower}, but must be the reciprocal of ${upper} (${name(i)} against ${name(j)})`,
        });
      }
    }
  }
  return issues;
}

/**
 * The matrix of checked judgements, made exactly reciprocal: a pair whose cells are not exact
 * reciprocals (0.33 typed for 1/3) becomes the geometric mean of the two readings,
 * √(a_ij / a_ji), which treats both cells alike. Call checkJudgements first.
 */
export function toPairwiseMatrix(rows: EnteredJudgements): PairwiseMatrix {
  const size = rows.length;
  const values = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    values[i * size + i] = 1;
    for (let j = i + 1; j < size; j++) {
      const upper = rows[i]![j]!;
      const lower = rows[j]![i]!;
      if (upper * lower === 1) {
        values[i * size + j] = upper;
        values[j * size + i] = lower;
      } else {
        const value = Math.sqrt(upper / lower);
        values[i * size + j] = value;
        values[j * size + i] = 1 / value;
      }
    }
  }
  return { size, values };
}
