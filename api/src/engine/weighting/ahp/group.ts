import type { PairwiseMatrix } from './pairwise-matrix.ts';

/**
 * The group's judgements: each cell the geometric mean of the judges' cells, the only way to
 * combine ratio judgements that keeps the result reciprocal and treats a judgement and its
 * reciprocal alike (Aczél & Saaty 1983, "Procedures for synthesizing ratio judgements", Journal
 * of Mathematical Psychology 27, 93–102). All matrices must have the same size.
 */
export function geometricMeanMatrix(matrices: readonly PairwiseMatrix[]): PairwiseMatrix {
  const [first] = matrices;
  if (first === undefined) throw new RangeError('A group needs at least one judge');
  const n = first.size;
  if (matrices.some((matrix) => matrix.size !== n)) {
    throw new RangeError('All judges must compare the same items');
  }
  if (matrices.length === 1) return first;
  const values = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    values[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      let logSum = 0;
      for (const matrix of matrices) logSum += Math.log(matrix.values[i * n + j]!);
      const value = Math.exp(logSum / matrices.length);
      values[i * n + j] = value;
      values[j * n + i] = 1 / value;
    }
  }
  return { size: n, values };
}
