import { describe, expect, it } from 'vitest';
import { bid, ordinal, price, scheme, text } from '../../../test/fixtures/schemes.ts';
import { evaluate } from '../evaluation/evaluate.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { scoreMatrixOf } from './score-matrix.ts';
import { rankInto, scoreInto } from './weighted-sum.ts';

const quality60price40 = scheme([ordinal('quality', 6_000), price(4_000)]);
const twoBids = [bid('a', 100_000, { quality: 4 }), bid('b', 125_000, { quality: 5 })];

describe('scoreMatrixOf', () => {
  it('holds the exact engine’s shares and weights, bids in rank order (hand-computed)', () => {
    // a: quality 4/5, price 1; b: quality 1, price 100,000/125,000 = 0.8.
    const matrix = scoreMatrixOf(quality60price40, twoBids);
    expect(matrix.bidIds).toEqual(['b', 'a']);
    expect(matrix.criterionIds).toEqual(['quality', 'price']);
    expect([...matrix.shares]).toEqual([1, 0.8, 0.8, 1]);
    expect([...matrix.weights]).toEqual([0.6, 0.4]);
    expect([...matrix.rowFactor]).toEqual([100, 100]);
    expect(matrix.priceColumn).toBe(1);
    expect([...matrix.price]).toEqual([125_000, 100_000]);
    expect(matrix.corridor).toBeNull();
    expect(matrix.nodes).toEqual([
      { id: 'quality', parent: -1, share: 0.6, column: 0 },
      { id: 'price', parent: -1, share: 0.4, column: 1 },
    ]);
  });

  it('leaves excluded bids out and keeps the tree’s groups', () => {
    const grouped = scheme([
      { kind: 'group', id: 'quality', parentId: null, title: text('quality'), weightBp: 7_000 },
      ordinal('concept', 5_000, { parentId: 'quality', minimumScore: 2 }),
      ordinal('support', 5_000, { parentId: 'quality' }),
      price(3_000),
    ]);
    const matrix = scoreMatrixOf(grouped, [
      bid('a', 100, { concept: 4, support: 2 }),
      bid('b', 90, { concept: 1, support: 5 }),
    ]);
    expect(matrix.bidIds).toEqual(['a']);
    expect(matrix.criterionIds).toEqual(['concept', 'support', 'price']);
    expect([...matrix.weights]).toEqual([0.35, 0.35, 0.3]);
    expect(matrix.nodes.map((node) => [node.id, node.parent, node.column])).toEqual([
      ['quality', -1, -1],
      ['concept', 0, 0],
      ['support', 0, 1],
      ['price', -1, 2],
    ]);
  });

  it('scores UfAB bids as Z = L/P', () => {
    const ufab = scheme([ordinal('quality', 10_000)], {
      method: { kind: 'ufabSimple', impliedWeighting: text('1:1') },
    });
    const bids = [bid('a', 200_000, { quality: 4 }), bid('b', 100_000, { quality: 3 })];
    const matrix = scoreMatrixOf(ufab, bids);
    const scores = scoreInto(matrix, matrix.weights, new Float64Array(2));
    const exact = evaluate(ufab, bids).ranking;
    expect(matrix.bidIds).toEqual(exact.map((entry) => entry.id));
    expect([...scores].map((score) => Math.round(score * 100) / 100)).toEqual(
      exact.map((entry) => entry.score),
    );
  });

  it('carries the extended method’s corridor and tie-break', () => {
    const extended = scheme([ordinal('quality', 10_000)], {
      method: {
        kind: 'ufabExtended',
        impliedWeighting: text('1:1'),
        corridorPercent: 2.5,
        tieBreak: 'highestPerformance',
      },
    });
    const matrix = scoreMatrixOf(extended, twoBids);
    expect(matrix.corridor).toEqual({ fraction: 0.025, decidedBy: 'highestPerformance' });
    expect(matrix.priceColumn).toBe(-1);
  });

  it('refuses an invalid input as the exact engine does', () => {
    expect(() => scoreMatrixOf(quality60price40, [bid('a', 1, {})])).toThrow(EngineInputError);
  });

  it('holds the bids in the official order where only the exact scores tell them apart', () => {
    // b: 94 exactly; a: 93.996, published 94.00 too, with the higher performance (ADR 0019).
    const close = scheme([ordinal('quality', 6_000, { scale: 10 }), price(4_000)]);
    const bids = [bid('a', 100_000, { quality: 10 }), bid('b', 84_990, { quality: 9 })];
    expect(scoreMatrixOf(close, bids).bidIds).toEqual(['b', 'a']);
  });

  it('names the median method, whose medians move with the weights, as not analysable', () => {
    const median = scheme([ordinal('quality', 10_000)], {
      method: { kind: 'ufabMedian', performanceWeightBp: 5_000 },
    });
    expect(() => scoreMatrixOf(median, [bid('a', 1, { quality: 3 })])).toThrow(
      /not available for the UfAB median method/,
    );
  });
});

describe('scoreInto and rankInto', () => {
  it('reproduces the exact weighted sum and orders by it (92 and 88 points)', () => {
    const matrix = scoreMatrixOf(quality60price40, twoBids);
    const scores = scoreInto(matrix, matrix.weights, new Float64Array(2));
    expect([...scores].map((score) => Math.round(score * 1e9) / 1e9)).toEqual([92, 88]);
    expect([...rankInto(new Float64Array([1, 3, 2, 3]), new Int32Array(4))]).toEqual([1, 3, 2, 0]);
  });
});
