import { describe, expect, it } from 'vitest';
import { rational } from '../arithmetic/rational.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { rankOrderCentroidWeights, rocByPosition } from './rank-order-centroid.ts';

const asObject = <T>(map: Map<string, T>) => Object.fromEntries(map);

describe('rankOrderCentroidWeights', () => {
  it('gives 11/18, 5/18, 2/18 for three ranked items', () => {
    // (1 + 1/2 + 1/3)/3 = 11/18, (1/2 + 1/3)/3 = 5/18, (1/3)/3 = 2/18.
    const result = rankOrderCentroidWeights([
      { id: 'b', rank: 2 },
      { id: 'a', rank: 1 },
      { id: 'c', rank: 3 },
    ]);
    expect(asObject(result.shares)).toEqual({
      b: rational(5, 18),
      a: rational(11, 18),
      c: rational(1, 9),
    });
    // 6111.1…, 2777.7…, 1111.1…: the one point left goes to the largest remainder, b's.
    expect(asObject(result.basisPoints)).toEqual({ b: 2778, a: 6111, c: 1111 });
  });

  it('gives 25/48, 13/48, 7/48, 3/48 for four ranked items', () => {
    const result = rankOrderCentroidWeights(
      ['a', 'b', 'c', 'd'].map((id, i) => ({ id, rank: i + 1 })),
    );
    expect([...result.shares.values()]).toEqual([
      rational(25, 48),
      rational(13, 48),
      rational(7, 48),
      rational(3, 48),
    ]);
    // 5208.3…, 2708.3…, 1458.3…, 625: equal remainders, so the larger weight gets the point.
    expect([...result.basisPoints.values()]).toEqual([5209, 2708, 1458, 625]);
  });

  it('lets tied items share the mean weight of the positions they occupy', () => {
    const expected = [rational(25, 48), rational(10, 48), rational(10, 48), rational(3, 48)];
    for (const ranks of [
      [1, 2, 2, 4],
      [1, 2, 2, 3],
      [10, 20, 20, 30],
    ]) {
      const result = rankOrderCentroidWeights(ranks.map((rank, i) => ({ id: `c${i}`, rank })));
      expect([...result.shares.values()]).toEqual(expected);
    }
  });

  it('gives equal weights when every item is tied', () => {
    const result = rankOrderCentroidWeights([
      { id: 'a', rank: 1 },
      { id: 'b', rank: 1 },
    ]);
    expect(asObject(result.basisPoints)).toEqual({ a: 5000, b: 5000 });
  });

  it('sums the position weights to one', () => {
    for (let n = 1; n <= 15; n++) {
      const total = rocByPosition(n).reduce((acc, w) => acc + Number(w.n) / Number(w.d), 0);
      expect(total).toBeCloseTo(1, 12);
    }
  });

  it('names a rank that is not a whole number of 1 or more', () => {
    const attempt = () =>
      rankOrderCentroidWeights([
        { id: 'a', rank: 1 },
        { id: 'b', rank: 0 },
        { id: 'c', rank: 1.5 },
      ]);
    expect(attempt).toThrow(EngineInputError);
    try {
      attempt();
    } catch (error) {
      expect((error as EngineInputError).issues.map((issue) => issue.pointer)).toEqual([
        '/1/rank',
        '/2/rank',
      ]);
    }
  });
});
