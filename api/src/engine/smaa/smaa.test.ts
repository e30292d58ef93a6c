import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/prng.ts';
import { drawAroundPublished, drawFromSimplex } from './sample-weights.ts';
import { smaa, type SmaaMatrix } from './smaa.ts';

/** A weighted-sum matrix: every leaf counts as performance, every price 1. */
const weightedSum = (shares: number[], weights: number[]): SmaaMatrix => {
  const rows = shares.length / weights.length;
  return {
    shares: new Float64Array(shares),
    weights: new Float64Array(weights),
    rowFactor: new Float64Array(rows).fill(100),
    priceColumn: -1,
    price: new Float64Array(rows).fill(1),
    corridor: null,
  };
};

/** Four bids, three leaves; bid 0 dominates bid 3, the others trade off. */
const matrix = weightedSum(
  [0.9, 0.5, 0.7, 0.4, 1, 0.6, 1, 0.2, 0.9, 0.3, 0.4, 0.6],
  [0.5, 0.3, 0.2],
);

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('smaa', () => {
  it('gives acceptabilities summing to one over ranks for each bid and over bids for each rank', () => {
    const { rankAcceptability } = smaa(matrix, {
      samples: 2_000,
      seed: 7,
      sampling: { kind: 'simplex' },
    });
    for (let i = 0; i < 4; i++) {
      expect(sum(rankAcceptability.subarray(i * 4, i * 4 + 4))).toBeCloseTo(1, 12);
      expect(sum([0, 1, 2, 3].map((bid) => rankAcceptability[bid * 4 + i]!))).toBeCloseTo(1, 12);
    }
  });

  it('gives a bid dominating all others acceptability 1 for the first rank', () => {
    const dominating = weightedSum([0.5, 0.5, 1, 1, 0.2, 0.9], [0.5, 0.5]);
    for (const sampling of [
      { kind: 'simplex' as const },
      { kind: 'aroundPublished' as const, percent: 20 },
    ]) {
      const result = smaa(dominating, { samples: 1_000, seed: 1, sampling });
      expect(result.rankAcceptability[1 * 3 + 0]).toBe(1);
      expect(result.firstCount[1]).toBe(1_000);
    }
  });

  it('gives the same numbers for the same seed and different ones for another seed', () => {
    const options = { samples: 1_000, sampling: { kind: 'simplex' as const } };
    const first = smaa(matrix, { ...options, seed: 42 });
    expect(smaa(matrix, { ...options, seed: 42 })).toEqual(first);
    const other = smaa(matrix, { ...options, seed: 43 });
    expect(other.rankAcceptability).not.toEqual(first.rankAcceptability);
    // Slightly different: the same picture within Monte Carlo noise.
    for (let i = 0; i < 16; i++)
      expect(Math.abs(other.rankAcceptability[i]! - first.rankAcceptability[i]!)).toBeLessThan(0.1);
  });

  it('computes central weights as the mean weights of the samples a bid ranks first in', () => {
    const result = smaa(matrix, { samples: 2_000, seed: 3, sampling: { kind: 'simplex' } });
    for (let bid = 0; bid < 4; bid++) {
      const central = result.centralWeights.subarray(bid * 3, bid * 3 + 3);
      if (result.firstCount[bid] === 0) expect([...central]).toEqual([0, 0, 0]);
      else expect(sum(central)).toBeCloseTo(1, 12);
    }
    // Bid 3 is dominated by bid 0: it never ranks first.
    expect(result.firstCount[3]).toBe(0);
    // Bid 1 wins on the second leaf, so its central weight leans that way.
    expect(result.centralWeights[1 * 3 + 1]!).toBeGreaterThan(1 / 3);
  });

  it('lets identical bids share the ranks they tie for, instead of the earlier row winning', () => {
    // Rows 0 and 1 are the same bid twice; row 2 trades off against them.
    const twins = weightedSum([0.9, 0.3, 0.9, 0.3, 0.4, 0.8], [0.5, 0.5]);
    for (const sampling of [
      { kind: 'simplex' as const },
      { kind: 'aroundPublished' as const, percent: 60 },
    ]) {
      const result = smaa(twins, { samples: 2_000, seed: 11, sampling });
      const ranksOf = (bid: number) => [...result.rankAcceptability.subarray(bid * 3, bid * 3 + 3)];
      expect(ranksOf(0)).toEqual(ranksOf(1));
      expect([...result.centralWeights.subarray(0, 2)]).toEqual([
        ...result.centralWeights.subarray(2, 4),
      ]);
      expect(result.firstCount[0]).toBe(result.firstCount[1]);
      // The twins hold ranks 1 and 2 together when they lead, 2 and 3 when row 2 does: half of
      // each, so rank 2 always half, rank 1 half of the samples row 2 does not win.
      expect(ranksOf(0)[1]).toBeCloseTo(0.5, 12);
      expect(ranksOf(0)[0]).toBeCloseTo((1 - ranksOf(2)[0]!) / 2, 12);
      expect(ranksOf(2)[0]).toBeGreaterThan(0.05);
      expect(ranksOf(2)[0]).toBeLessThan(0.95);
      for (let rank = 0; rank < 3; rank++)
        expect(ranksOf(0)[rank]! + ranksOf(1)[rank]! + ranksOf(2)[rank]!).toBeCloseTo(1, 12);
      expect(sum(ranksOf(0))).toBeCloseTo(1, 12);
      expect(result.firstCount[0]! + result.firstCount[1]! + result.firstCount[2]!).toBeCloseTo(
        2_000,
        9,
      );
    }
  });

  it('ranks a tie on the score by performance, then price, as the evaluation does', () => {
    // UfAB: Z = L/P is the same for both bids under every weight vector (b has twice the
    // performance at twice the price), so the higher performance (b) always ranks first.
    const proportional: SmaaMatrix = {
      shares: new Float64Array([0.4, 0.3, 0.8, 0.6]),
      weights: new Float64Array([0.5, 0.5]),
      rowFactor: new Float64Array([1_000 / 100, 1_000 / 200]),
      priceColumn: -1,
      price: new Float64Array([100, 200]),
      corridor: null,
    };
    const result = smaa(proportional, { samples: 500, seed: 2, sampling: { kind: 'simplex' } });
    expect([...result.rankAcceptability]).toEqual([0, 1, 1, 0]);
  });

  it('ranks the corridor of the extended reference-value method first, by its tie-break', () => {
    // Z of row 0 is 10, of row 1 9.8 under any weights: both in a 5% corridor, where the lower
    // price (row 1) decides; without the corridor row 0 would always lead.
    const extended = (corridor: SmaaMatrix['corridor']): SmaaMatrix => ({
      shares: new Float64Array([1, 1, 0.98, 0.98]),
      weights: new Float64Array([0.5, 0.5]),
      rowFactor: new Float64Array([10, 10]),
      priceColumn: -1,
      price: new Float64Array([100, 90]),
      corridor,
    });
    const options = { samples: 200, seed: 4, sampling: { kind: 'simplex' as const } };
    const decided = smaa(extended({ fraction: 0.05, decidedBy: 'lowestPrice' }), options);
    expect([...decided.rankAcceptability]).toEqual([0, 1, 1, 0]);
    const narrow = smaa(extended({ fraction: 0.01, decidedBy: 'lowestPrice' }), options);
    expect([...narrow.rankAcceptability]).toEqual([1, 0, 0, 1]);
  });

  it('refuses zero samples', () => {
    expect(() => smaa(matrix, { samples: 0, seed: 1, sampling: { kind: 'simplex' } })).toThrow(
      RangeError,
    );
  });
});

describe('weight sampling', () => {
  it('draws from the simplex: non-negative, summing to one, each mean near 1/n', () => {
    const random = seededRandom(5);
    const out = new Float64Array(4);
    const means = new Float64Array(4);
    for (let i = 0; i < 20_000; i++) {
      drawFromSimplex(random, out);
      expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
      expect(sum(out)).toBeCloseTo(1, 12);
      for (let j = 0; j < 4; j++) means[j]! += out[j]! / 20_000;
    }
    for (const mean of means) expect(mean).toBeCloseTo(0.25, 2);
  });

  it('draws around the published weights within the band before renormalising', () => {
    const random = seededRandom(9);
    const published = new Float64Array([0.5, 0.3, 0.2]);
    const out = new Float64Array(3);
    for (let i = 0; i < 1_000; i++) {
      drawAroundPublished(random, published, 0.1, out);
      expect(sum(out)).toBeCloseTo(1, 12);
      // ±10% each, renormalised by at most ±10%: within ×[0.9/1.1, 1.1/0.9].
      for (let j = 0; j < 3; j++) {
        expect(out[j]! / published[j]!).toBeGreaterThanOrEqual(0.9 / 1.1 - 1e-12);
        expect(out[j]! / published[j]!).toBeLessThanOrEqual(1.1 / 0.9 + 1e-12);
      }
    }
  });
});
