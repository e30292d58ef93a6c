import { describe, expect, it } from 'vitest';
import { rankJudgementDeviations } from './judgement-deviations.ts';
import { toPairwiseMatrix } from './pairwise-matrix.ts';

describe('rankJudgementDeviations', () => {
  it('ranks each pair once by |ln(a_ij · w_j / w_i)|, oriented so the judgement is at least 1', () => {
    const matrix = toPairwiseMatrix([
      [1, 2, 1 / 4],
      [1 / 2, 1, 1],
      [4, 1, 1],
    ]);
    const priorities = Float64Array.from([0.25, 0.25, 0.5]);
    const ranked = rankJudgementDeviations(matrix, priorities);
    expect(ranked.map(({ row, column }) => [row, column])).toEqual([
      [0, 1],
      [2, 0],
      [1, 2],
    ]);
    // a_01 = 2 against w_0/w_1 = 1: ln 2; a_20 = 4 against 2: ln 2; a_12 = 1 against 1/2: ln 2.
    expect(ranked[0]).toEqual({ row: 0, column: 1, given: 2, implied: 1, deviation: Math.LN2 });
    expect(ranked[1]).toMatchObject({ given: 4, implied: 2 });
    expect(ranked[2]).toMatchObject({ given: 1, implied: 0.5 });
    ranked.forEach((pair) => expect(pair.deviation).toBeCloseTo(Math.LN2, 15));
  });
});
