import { describe, expect, it } from 'vitest';
import { nearlyEqual, rankOfficialInto, tieEnd, type OrderModel } from './official-order.ts';

const rank = (model: OrderModel, scores: number[], performance: number[]) => {
  const flags = new Uint8Array(scores.length);
  const s = new Float64Array(scores);
  const p = new Float64Array(performance);
  const order = rankOfficialInto(model, s, p, flags, new Int32Array(scores.length));
  const groups: number[][] = [];
  for (let start = 0; start < order.length;) {
    const end = tieEnd(model, s, p, flags, order, start);
    groups.push([...order.subarray(start, end)]);
    start = end;
  }
  return { order: [...order], groups, corridor: [...flags] };
};

describe('rankOfficialInto', () => {
  const plain: OrderModel = { price: new Float64Array([100, 90, 100, 80]), corridor: null };

  it('ranks by score, then performance, then price, and groups what is still tied', () => {
    // Rows 0 and 2 are identical; row 1 ties on the score but has more performance.
    const { order, groups } = rank(plain, [80, 80, 80, 70], [50, 60, 50, 70]);
    expect(order).toEqual([1, 0, 2, 3]);
    expect(groups).toEqual([[1], [0, 2], [3]]);
  });

  it('treats sums equal up to their last bits as equal', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(88, 87.9975)).toBe(false);
    expect(nearlyEqual(Infinity, 1e300)).toBe(false);
    expect(nearlyEqual(Infinity, Infinity)).toBe(true);
    const { groups } = rank(plain, [0.1 + 0.2, 0.3, 0.2, 0.1], [1, 1, 1, 1]);
    // Rows 0 and 1 tie on score and performance; row 1's lower price decides.
    expect(groups).toEqual([[1], [0], [2], [3]]);
  });

  it('puts the extended method’s corridor first and decides inside it by its tie-break', () => {
    const byPrice: OrderModel = {
      price: new Float64Array([100, 90, 95, 80]),
      corridor: { fraction: 0.05, decidedBy: 'lowestPrice' },
    };
    // Best Z 10: the corridor reaches down to 9.5 (rows 0, 1, 2); row 3 is cheapest but outside.
    const { order, corridor } = rank(byPrice, [10, 9.6, 9.5, 9], [1, 1, 1, 1]);
    expect(corridor).toEqual([1, 1, 1, 0]);
    expect(order).toEqual([1, 2, 0, 3]);
    const byPerformance = {
      ...byPrice,
      corridor: { ...byPrice.corridor!, decidedBy: 'highestPerformance' as const },
    };
    expect(rank(byPerformance, [10, 9.6, 9.5, 9], [5, 7, 6, 9]).order).toEqual([1, 2, 0, 3]);
  });

  it('keeps only the unbounded ratios in the corridor when a price is zero or below', () => {
    const model: OrderModel = {
      price: new Float64Array([0, 100, -5]),
      corridor: { fraction: 0.1, decidedBy: 'lowestPrice' },
    };
    const { order, corridor } = rank(model, [Infinity, 12, Infinity], [3, 9, 2]);
    expect(corridor).toEqual([1, 0, 1]);
    expect(order).toEqual([2, 0, 1]);
  });
});
