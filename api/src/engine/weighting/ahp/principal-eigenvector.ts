import type { PairwiseMatrix } from './pairwise-matrix.ts';

/** Convergence: no component of the priority vector moves by more than this between steps. */
export const EIGENVECTOR_TOLERANCE = 1e-13;
/** A^(2^40) lies far beyond what any matrix of 2 to 15 items on the 1/9..9 scale needs. */
export const MAX_SQUARINGS = 40;

export interface PrincipalEigen {
  /** The principal right eigenvector, normalised to sum 1: the priorities. */
  vector: Float64Array;
  /** Its eigenvalue λmax; at least n for a reciprocal matrix, exactly n when consistent. */
  lambdaMax: number;
  /** Squarings done: the vector is the normalised row sums of A^(2^squarings). */
  squarings: number;
}

/**
 * The principal eigenvector by the power method as Saaty states it: the normalised row sums of
 * A^k converge to the priorities as k grows (Saaty 1980, The Analytic Hierarchy Process, ch. 2;
 * Perron–Frobenius, since A is positive). The powers grow by repeated squaring, A, A², A⁴, …, each
 * scaled to sum 1 against overflow, so even a slowly converging matrix (second eigenvalue close
 * to λmax) needs only a few dozen n³ steps. Converged when no component of the normalised row
 * sums moves by more than EIGENVECTOR_TOLERANCE from one squaring to the next; the budget is
 * MAX_SQUARINGS.
 */
export function principalEigenvector(matrix: PairwiseMatrix): PrincipalEigen {
  const n = matrix.size;
  let power = Float64Array.from(matrix.values);
  let next = new Float64Array(n * n);
  let vector = normalisedRowSums(power, n);
  let squarings = 0;
  while (squarings < MAX_SQUARINGS) {
    squareScaled(power, next, n);
    [power, next] = [next, power];
    squarings++;
    const candidate = normalisedRowSums(power, n);
    let moved = 0;
    for (let i = 0; i < n; i++) moved = Math.max(moved, Math.abs(candidate[i]! - vector[i]!));
    vector = candidate;
    if (moved <= EIGENVECTOR_TOLERANCE) break;
  }
  // With Σ w = 1, A w = λ w summed over the rows gives λ = Σ_i (A w)_i.
  let lambdaMax = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) lambdaMax += matrix.values[i * n + j]! * vector[j]!;
  }
  return { vector, lambdaMax, squarings };
}

function normalisedRowSums(values: Float64Array, n: number): Float64Array {
  const sums = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let row = 0;
    for (let j = 0; j < n; j++) row += values[i * n + j]!;
    sums[i] = row;
    total += row;
  }
  for (let i = 0; i < n; i++) sums[i] = sums[i]! / total;
  return sums;
}

/** target = source² / sum(source²); a positive matrix stays positive, so nothing cancels. */
function squareScaled(source: Float64Array, target: Float64Array, n: number): void {
  let total = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let cell = 0;
      for (let k = 0; k < n; k++) cell += source[i * n + k]! * source[k * n + j]!;
      target[i * n + j] = cell;
      total += cell;
    }
  }
  for (let index = 0; index < n * n; index++) target[index] = target[index]! / total;
}
