import { describe, expect, it } from 'vitest';
import { toPairwiseMatrix } from './pairwise-matrix.ts';
import { principalEigenvector } from './principal-eigenvector.ts';

describe('principalEigenvector', () => {
  it('finds the weights of a consistent matrix at once, with λmax = n', () => {
    const weights = [0.4, 0.3, 0.2, 0.1];
    const eigen = principalEigenvector(
      toPairwiseMatrix(weights.map((wi) => weights.map((wj) => wi / wj))),
    );
    weights.forEach((w, i) => expect(eigen.vector[i]).toBeCloseTo(w, 14));
    expect(eigen.lambdaMax).toBeCloseTo(4, 13);
    expect(eigen.squarings).toBeLessThanOrEqual(2);
  });

  it('satisfies A w = λmax w for an inconsistent matrix', () => {
    const rows = [
      [1, 9, 1 / 5, 3],
      [1 / 9, 1, 7, 1 / 2],
      [5, 1 / 7, 1, 1 / 9],
      [1 / 3, 2, 9, 1],
    ];
    const { vector, lambdaMax } = principalEigenvector(toPairwiseMatrix(rows));
    expect(vector.reduce((acc, w) => acc + w, 0)).toBeCloseTo(1, 14);
    expect(lambdaMax).toBeGreaterThan(4);
    rows.forEach((row, i) => {
      const product = row.reduce((acc, a, j) => acc + a * vector[j]!, 0);
      expect(product).toBeCloseTo(lambdaMax * vector[i]!, 12);
    });
  });
});
