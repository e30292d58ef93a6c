/**
 * Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of size n
 * on the 1/9..9 scale, for n = 1..15 (Saaty, Theory and Applications of the Analytic Network
 * Process, RWS Publications 2005, p. 31, as used by the AHPy reference implementation).
 * RI(1) = RI(2) = 0: such matrices are always consistent.
 */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59,
];

/** Saaty's threshold: judgements with a consistency ratio up to 10% are acceptable. */
export const ACCEPTABLE_CONSISTENCY_RATIO = 0.1;

export interface Consistency {
  /** CI = (λmax − n)/(n − 1). */
  consistencyIndex: number;
  randomIndex: number;
  /** CR = CI / RI(n); 0 for n ≤ 2. */
  consistencyRatio: number;
}

/**
 * CI = (λmax − n)/(n − 1) and CR = CI/RI(n) (Saaty 1980, The Analytic Hierarchy Process, ch. 1).
 * λmax ≥ n holds for every positive reciprocal matrix, so a CI below zero is rounding noise of a
 * consistent matrix and counts as zero.
 */
export function consistency(lambdaMax: number, n: number): Consistency {
  const randomIndex = RANDOM_INDEX[n - 1];
  if (randomIndex === undefined) throw new RangeError(`No random index for ${n} items`);
  if (n <= 2) return { consistencyIndex: 0, randomIndex, consistencyRatio: 0 };
  const consistencyIndex = Math.max(0, (lambdaMax - n) / (n - 1));
  return { consistencyIndex, randomIndex, consistencyRatio: consistencyIndex / randomIndex };
}
