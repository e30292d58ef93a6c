import { defaultRandomIndexTable, type RandomIndexTable } from '@tenderwise/schema';

/**
 * Tables of the random index RI(n): the mean consistency index of random reciprocal matrices of
 * size n on the 1/9..9 scale, for n = 1..15. RI(1) = RI(2) = 0: such matrices are always
 * consistent. The tables differ because each drew its own sample of matrices; a matrix near
 * CR = 0.10 can be acceptable under one and not under another (for 3 × 3, RI 0.58 against 0.52).
 * Which one is the default, and why: docs/decisions/0020-ahp-random-index-table.md.
 */
export const RANDOM_INDEX_TABLES: Readonly<Record<RandomIndexTable, readonly number[]>> = {
  // Saaty, The Analytic Hierarchy Process, McGraw-Hill 1980, p. 21 as commonly cited (the page
  // is not checked against the book); the table most AHP tools use, including the dip at n = 12.
  'saaty-1980': [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  // Saaty, Theory and Applications of the Analytic Network Process, RWS Publications 2005, p. 31
  // (as used by the AHPy reference implementation); n ≤ 10 also in Saaty & Tran, "On the
  // invalidity of fuzzifying numerical judgments in the AHP", Mathematical and Computer
  // Modelling 46(7–8), 2007, 962–975, doi:10.1016/j.mcm.2007.03.022.
  'saaty-2005': [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
  // Alonso & Lamata, "Consistency in the analytic hierarchy process: a new approach",
  // International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 2006,
  // 445–459, doi:10.1142/S0218488506004114; 100,000 random matrices per size.
  'alonso-lamata-2006': [
    0, 0, 0.5245, 0.8815, 1.1086, 1.2479, 1.3417, 1.4056, 1.4499, 1.4854, 1.5141, 1.5365, 1.5551,
    1.5713, 1.5838,
  ],
};

export { defaultRandomIndexTable };

/** Saaty's threshold: judgements with a consistency ratio up to 10% are acceptable. */
export const ACCEPTABLE_CONSISTENCY_RATIO = 0.1;

export interface Consistency {
  /** CI = (λmax − n)/(n − 1). */
  consistencyIndex: number;
  randomIndex: number;
  randomIndexTable: RandomIndexTable;
  /** CR = CI / RI(n); 0 for n ≤ 2. */
  consistencyRatio: number;
}

/**
 * CI = (λmax − n)/(n − 1) and CR = CI/RI(n) (Saaty 1980, The Analytic Hierarchy Process, ch. 1),
 * RI from the named table. λmax ≥ n holds for every positive reciprocal matrix, so a CI below
 * zero is rounding noise of a consistent matrix and counts as zero.
 */
export function consistency(
  lambdaMax: number,
  n: number,
  table: RandomIndexTable = defaultRandomIndexTable,
): Consistency {
  const randomIndex = RANDOM_INDEX_TABLES[table][n - 1];
  if (randomIndex === undefined) throw new RangeError(`No random index for ${n} items`);
  if (n <= 2) {
    return { consistencyIndex: 0, randomIndex, randomIndexTable: table, consistencyRatio: 0 };
  }
  const consistencyIndex = Math.max(0, (lambdaMax - n) / (n - 1));
  return {
    consistencyIndex,
    randomIndex,
    randomIndexTable: table,
    consistencyRatio: consistencyIndex / randomIndex,
  };
}
