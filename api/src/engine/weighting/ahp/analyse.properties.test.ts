import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../../test/fixtures/properties.ts';
import { analyseAhp } from './analyse.ts';
import { toPairwiseMatrix } from './pairwise-matrix.ts';
import { principalEigenvector } from './principal-eigenvector.ts';

const scale = [1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((v) => (v === 1 ? [1] : [v, 1 / v]));

/** Any reciprocal matrix of 2..15 items with judgements on Saaty's scale. */
const reciprocalMatrices = fc.integer({ min: 2, max: 15 }).chain((n) =>
  fc.array(fc.constantFrom(...scale), { minLength: n * n, maxLength: n * n }).map((cells) =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => {
        if (i === j) return 1;
        return i < j ? cells[i * n + j]! : 1 / cells[j * n + i]!;
      }),
    ),
  ),
);

/** Weights whose ratios all stay within 1/9..9. */
const weightVectors = fc.array(fc.double({ min: 1, max: 3, noNaN: true }), {
  minLength: 2,
  maxLength: 15,
});

const idsFor = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe('analyseAhp, for any judgements', () => {
  it('recovers the weights of a consistent matrix with a consistency ratio of zero', () => {
    fc.assert(
      fc.property(weightVectors, (weights) => {
        const total = weights.reduce((acc, w) => acc + w, 0);
        const result = analyseAhp(
          idsFor(weights.length),
          weights.map((wi) => weights.map((wj) => wi / wj)),
        );
        weights.forEach((w, i) => expect(result.weights.get(`c${i}`)).toBeCloseTo(w / total, 5));
        expect(result.consistencyRatio).toBe(0);
        expect(result.inconsistentPairs).toEqual([]);
      }),
      propertyOptions,
    );
  });

  it('converges to an eigenvector with λmax ≥ n and basis points summing to 10,000', () => {
    fc.assert(
      fc.property(reciprocalMatrices, (rows) => {
        const n = rows.length;
        const { vector, lambdaMax } = principalEigenvector(toPairwiseMatrix(rows));
        expect(lambdaMax).toBeGreaterThanOrEqual(n - 1e-9);
        rows.forEach((row, i) => {
          const product = row.reduce((acc, a, j) => acc + a * vector[j]!, 0);
          expect(Math.abs(product - lambdaMax * vector[i]!)).toBeLessThan(1e-9);
        });
        const result = analyseAhp(idsFor(n), rows);
        expect([...result.basisPoints.values()].reduce((acc, bp) => acc + bp, 0)).toBe(10_000);
        expect(result.acceptable).toBe(result.consistencyRatio <= 0.1);
        expect(result.inconsistentPairs.length).toBe(
          result.acceptable ? 0 : Math.min(5, (n * (n - 1)) / 2),
        );
      }),
      propertyOptions,
    );
  });
});
