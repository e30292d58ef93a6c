import { describe, expect, it } from 'vitest';
import { bid, ordinal, price, scheme, text } from '../../../test/fixtures/schemes.ts';
import { evaluate } from '../evaluation/evaluate.ts';
import { scoreMatrixOf } from '../numeric/score-matrix.ts';
import { weightStability } from './stability.ts';

const byId = (stability: ReturnType<typeof weightStability>, id: string) =>
  stability.nodes.find((node) => node.nodeId === id)!;

describe('weightStability', () => {
  it('finds where two bids swap when quality and price trade off (hand-computed)', () => {
    // Quality share t, price 1 − t. a: quality 4/5, price share 1; b: quality 1, price 0.8.
    // a = 100·(0.8t + (1 − t)) = 100 − 20t; b = 100·(t + 0.8(1 − t)) = 80 + 20t.
    // b (92 against 88 at t = 0.6) stays first while 80 + 20t ≥ 100 − 20t, i.e. t ≥ 0.5.
    // Price share p works the same way mirrored: b stays first for p ≤ 0.5.
    const matrix = scoreMatrixOf(scheme([ordinal('quality', 6_000), price(4_000)]), [
      bid('a', 100_000, { quality: 4 }),
      bid('b', 125_000, { quality: 5 }),
    ]);
    const result = weightStability(matrix);
    expect(result.ranking.map((entry) => entry.bidId)).toEqual(['b', 'a']);
    expect(result.noClearWinner).toBe(false);
    const quality = byId(result, 'quality');
    expect(quality).toMatchObject({ kind: 'leaf', share: 0.6, parentWeight: 1, stableTo: 1 });
    expect(quality.stableFrom).toBeCloseTo(0.5, 12);
    expect(quality.swaps).toEqual([{ above: 'b', below: 'a', atShare: expect.closeTo(0.5, 12) }]);
    const priceNode = byId(result, 'price');
    expect(priceNode.stableFrom).toBe(0);
    expect(priceNode.stableTo).toBeCloseTo(0.5, 12);
    // 92 against 88: a clear winner at a margin of 1 point, none at 5.
    expect(weightStability(matrix, { margin: 5 }).noClearWinner).toBe(true);
  });

  it('varies a group with its siblings and a leaf within a group (hand-computed)', () => {
    // Group Q (70%: concept 50%, support 50%) and price (30%); scale 0–5, lowest price 100.
    //   a: concept 0.8, support 0.4, price 100 → share 1
    //   b: concept 1,   support 1,   price 125 → share 0.8
    //   c: concept 0.6, support 0.8, price 110 → share 10/11
    // Q at share t: a = 100 − 40t, b = 80 + 20t, c = 1000/11 − 230t/11; at t = 0.7: 72, 94, 76.27.
    // b stays first for t ≥ 1/3 (against a) and t ≥ 4/15 (against c): [1/3, 1].
    // b/c swap at 4/15; c/a at 1000 − 230t = 1100 − 440t, t = 10/21.
    // Concept at share s inside Q: a = 58 + 28s, b = 94, c = 0.7·100·(0.6s + 0.8(1 − s)) + 30·10/11
    // = 83.27 − 14s: b first throughout; b/c never swap; c/a at 42s = 25.27…, s = 139/231.
    const grouped = scheme([
      { kind: 'group', id: 'q', parentId: null, title: text('quality'), weightBp: 7_000 },
      ordinal('concept', 5_000, { parentId: 'q' }),
      ordinal('support', 5_000, { parentId: 'q' }),
      price(3_000),
    ]);
    const result = weightStability(
      scoreMatrixOf(grouped, [
        bid('a', 100, { concept: 4, support: 2 }),
        bid('b', 125, { concept: 5, support: 5 }),
        bid('c', 110, { concept: 3, support: 4 }),
      ]),
    );
    expect(
      result.ranking.map((entry) => [entry.bidId, Math.round(entry.score * 100) / 100]),
    ).toEqual([
      ['b', 94],
      ['c', 76.27],
      ['a', 72],
    ]);
    const q = byId(result, 'q');
    expect(q.kind).toBe('group');
    expect(q.stableFrom).toBeCloseTo(1 / 3, 12);
    expect(q.stableTo).toBe(1);
    expect(q.swaps.map((swap) => swap.atShare)).toEqual([
      expect.closeTo(4 / 15, 12),
      expect.closeTo(10 / 21, 12),
    ]);
    const concept = byId(result, 'concept');
    expect(concept).toMatchObject({ share: 0.5, parentWeight: 0.7, stableFrom: 0, stableTo: 1 });
    expect(concept.swaps.map((swap) => swap.atShare)).toEqual([
      null,
      expect.closeTo(139 / 231, 12),
    ]);
  });

  it('analyses the UfAB ratio Z = L/P on the performance weights (hand-computed)', () => {
    // Quality share t, security 1 − t; Z = L/P with P fixed.
    //   a: quality 1, security 0.2, price 100,000: Z ∝ (0.2 + 0.8t)/100,000
    //   b: quality 0.4, security 1, price 80,000:  Z ∝ (1 − 0.6t)/80,000
    // Equal where 0.8·(0.2 + 0.8t) = 1 − 0.6t, t = 0.84/1.24 = 21/31; at t = 0.8 a leads.
    const ufab = scheme([ordinal('quality', 8_000), ordinal('security', 2_000)], {
      method: { kind: 'ufabSimple', impliedWeighting: text('1:1') },
    });
    const result = weightStability(
      scoreMatrixOf(ufab, [
        bid('a', 100_000, { quality: 5, security: 1 }),
        bid('b', 80_000, { quality: 2, security: 5 }),
      ]),
    );
    expect(result.ranking.map((entry) => entry.bidId)).toEqual(['a', 'b']);
    expect(byId(result, 'quality').stableFrom).toBeCloseTo(21 / 31, 12);
    expect(byId(result, 'quality').stableTo).toBe(1);
    expect(byId(result, 'security').stableTo).toBeCloseTo(10 / 31, 12);
  });

  it('analyses the official winner of a near tie, not the floating-point leader (hand-computed)', () => {
    // Quality share t, price 1 − t. a: quality 5/5, price 100 (share 70/100): 70 + 30t.
    // b: quality 4/5, lowest price 70 (share 1): 100 − 20t.
    // At t = 0.6 both score exactly 88; the tie goes to the higher performance (a: 60 points
    // against 48), so a is first. In floating point 0.4 · 0.7 = 0.27999…, so a's sum falls just
    // under b's: the floating-point leader is b, the official winner a.
    // a loses as soon as b gains, below t = 0.6; above, a gains on b: stable on [0.6, 1].
    const tied = scheme([ordinal('quality', 6_000), price(4_000)]);
    const bids = [bid('a', 100, { quality: 5 }), bid('b', 70, { quality: 4 })];
    expect(evaluate(tied, bids).ranking.map((entry) => [entry.id, entry.score])).toEqual([
      ['a', 88],
      ['b', 88],
    ]);
    const result = weightStability(scoreMatrixOf(tied, bids));
    expect(result.ranking.map((entry) => entry.bidId)).toEqual(['a', 'b']);
    expect(result.ranking[1]!.score).toBeGreaterThan(result.ranking[0]!.score);
    expect(result.noClearWinner).toBe(true);
    const quality = byId(result, 'quality');
    expect([quality.stableFrom, quality.stableTo]).toEqual([0.6, 1]);
    expect(quality.swaps).toEqual([{ above: 'a', below: 'b', atShare: 0.6 }]);
    const priceNode = byId(result, 'price');
    expect([priceNode.stableFrom, priceNode.stableTo]).toEqual([0, 0.4]);
    expect(priceNode.swaps).toEqual([{ above: 'a', below: 'b', atShare: 0.4 }]);
  });

  it('follows the extended method’s corridor and its tie-break (hand-computed)', () => {
    // Quality share t, security 1 − t; L_max 1,000, Z per 1,000 currency units; corridor 5%.
    //   a: quality 1, security 1, price 100,000: Z = 10 whatever t.
    //   b: quality 1, security 0.8, price 96,000: Z = (800 + 200t)/96, 9.79 at t = 0.7.
    // b is in the corridor while Z_b ≥ 0.95 · max(10, Z_b), i.e. t ≥ 0.56, and wins there by the
    // lower price; below 0.56 a is first. Ranked by Z alone, a would lead up to t = 0.8.
    const extended = scheme([ordinal('quality', 7_000), ordinal('security', 3_000)], {
      method: {
        kind: 'ufabExtended',
        impliedWeighting: text('1:1'),
        corridorPercent: 5,
        tieBreak: 'lowestPrice',
      },
    });
    const bids = [
      bid('a', 100_000, { quality: 5, security: 5 }),
      bid('b', 96_000, { quality: 5, security: 4 }),
    ];
    expect(evaluate(extended, bids).ranking.map((entry) => entry.id)).toEqual(['b', 'a']);
    const result = weightStability(scoreMatrixOf(extended, bids));
    expect(result.ranking.map((entry) => entry.bidId)).toEqual(['b', 'a']);
    const quality = byId(result, 'quality');
    expect(quality.stableFrom).toBeCloseTo(0.56, 12);
    expect(quality.stableTo).toBe(1);
    expect(quality.swaps).toEqual([{ above: 'b', below: 'a', atShare: expect.closeTo(0.56, 12) }]);
    const security = byId(result, 'security');
    expect(security.stableFrom).toBe(0);
    expect(security.stableTo).toBeCloseTo(0.44, 12);
  });

  it('skips a node without siblings', () => {
    const single = scheme([
      { kind: 'group', id: 'q', parentId: null, title: text('quality'), weightBp: 7_000 },
      ordinal('concept', 10_000, { parentId: 'q' }),
      price(3_000),
    ]);
    const result = weightStability(
      scoreMatrixOf(single, [bid('a', 100, { concept: 4 }), bid('b', 125, { concept: 5 })]),
    );
    expect(result.nodes.map((node) => node.nodeId)).toEqual(['q', 'price']);
  });
});
