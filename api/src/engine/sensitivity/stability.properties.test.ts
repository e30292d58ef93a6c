import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyOptions } from '../../../test/fixtures/properties.ts';
import { bid, ordinal, price, scheme, text } from '../../../test/fixtures/schemes.ts';
import { rankOfficialInto } from '../numeric/official-order.ts';
import { scoreMatrixOf, type ScoreMatrix } from '../numeric/score-matrix.ts';
import { scoreInto } from '../numeric/weighted-sum.ts';
import { toBasisPoints } from '../weights/basis-points.ts';
import { weightStability } from './stability.ts';

/**
 * The leaf weights with node `varied` at share t and its siblings rescaled proportionally,
 * computed independently of the engine: rescale the sibling set, multiply down the tree.
 */
function weightsAt(matrix: ScoreMatrix, varied: number, t: number): Float64Array {
  const nodes = matrix.nodes.map((node) => ({ ...node }));
  const parent = nodes[varied]!.parent;
  const rest = 1 - nodes[varied]!.share;
  nodes.forEach((node, index) => {
    if (node.parent !== parent) return;
    node.share = index === varied ? t : (node.share * (1 - t)) / rest;
  });
  const weights = new Float64Array(matrix.weights.length);
  nodes.forEach((node, index) => {
    if (node.column === -1) return;
    let weight = 1;
    for (let at = index; at !== -1; at = nodes[at]!.parent) weight *= nodes[at]!.share;
    weights[node.column] = weight;
  });
  return weights;
}

function winnerAt(matrix: ScoreMatrix, weights: Float64Array): number {
  const scores = scoreInto(matrix, weights, new Float64Array(matrix.bidIds.length));
  let best = 0;
  for (let row = 1; row < scores.length; row++) if (scores[row]! > scores[best]!) best = row;
  return best;
}

/** The first bid by the published rule (corridor, score, performance, price) at `weights`. */
function officialWinnerAt(matrix: ScoreMatrix, weights: Float64Array): number {
  const bids = matrix.bidIds.length;
  const scores = new Float64Array(bids);
  const performance = new Float64Array(bids);
  scoreInto(matrix, weights, scores, performance);
  const order = rankOfficialInto(
    matrix,
    scores,
    performance,
    new Uint8Array(bids),
    new Int32Array(bids),
  );
  return order[0]!;
}

const extendedTender = fc
  .record({
    corridorPercent: fc.integer({ min: 1, max: 10 }),
    tieBreak: fc.constantFrom('lowestPrice' as const, 'highestPerformance' as const),
    entered: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }),
    bids: fc.array(
      fc.record({
        price: fc.integer({ min: 80, max: 120 }),
        scores: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 2, maxLength: 6 },
    ),
  })
  .map(({ corridorPercent, tieBreak, entered, bids }) => {
    const bp = toBasisPoints(['c0', 'c1', 'c2'].map((id, i) => ({ id, weight: entered[i]! })));
    const extended = scheme(
      ['c0', 'c1', 'c2'].map((id) => ordinal(id, bp.get(id)!)),
      {
        method: {
          kind: 'ufabExtended',
          impliedWeighting: text('1:1'),
          corridorPercent,
          tieBreak,
        },
      },
    );
    return scoreMatrixOf(
      extended,
      bids.map((entry, i) =>
        bid(`b${i}`, entry.price, {
          c0: entry.scores[0]!,
          c1: entry.scores[1]!,
          c2: entry.scores[2]!,
        }),
      ),
    );
  });

const tender = fc
  .record({
    grouped: fc.boolean(),
    entered: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 4, maxLength: 4 }),
    bids: fc.array(
      fc.record({
        price: fc.integer({ min: 50, max: 200 }),
        scores: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 2, maxLength: 5 },
    ),
  })
  .map(({ grouped, entered, bids }) => {
    const bp = (ids: string[], values: number[]) =>
      toBasisPoints(ids.map((id, i) => ({ id, weight: values[i]! })));
    const top = grouped
      ? bp(['q', 'c2', 'price'], entered.slice(0, 3))
      : bp(['c0', 'c1', 'c2', 'price'], entered);
    const inner = bp(['c0', 'c1'], entered.slice(2, 4));
    const award = grouped
      ? [
          {
            kind: 'group' as const,
            id: 'q',
            parentId: null,
            title: text('q'),
            weightBp: top.get('q')!,
          },
          ordinal('c0', inner.get('c0')!, { parentId: 'q' }),
          ordinal('c1', inner.get('c1')!, { parentId: 'q' }),
          ordinal('c2', top.get('c2')!),
          price(top.get('price')!),
        ]
      : [
          ordinal('c0', top.get('c0')!),
          ordinal('c1', top.get('c1')!),
          ordinal('c2', top.get('c2')!),
          price(top.get('price')!),
        ];
    return scoreMatrixOf(
      scheme(award),
      bids.map((entry, i) =>
        bid(`b${i}`, entry.price, {
          c0: entry.scores[0]!,
          c1: entry.scores[1]!,
          c2: entry.scores[2]!,
        }),
      ),
    );
  });

describe('weightStability (properties)', () => {
  it('always contains the published share, and just beyond a bound the winner changes', () => {
    fc.assert(
      fc.property(tender, (matrix) => {
        const result = weightStability(matrix);
        const [first, second] = result.ranking;
        // A tie at the published weights leaves no interval to speak of.
        fc.pre(first!.score - second!.score > 1e-6);
        const winner = matrix.bidIds.indexOf(first!.bidId);
        const epsilon = 1e-6;
        for (const node of result.nodes) {
          expect(node.stableFrom).toBeLessThanOrEqual(node.share);
          expect(node.stableTo).toBeGreaterThanOrEqual(node.share);
          const index = matrix.nodes.findIndex((candidate) => candidate.id === node.nodeId);
          const wide = node.stableTo - node.stableFrom > 2 * epsilon;
          if (node.stableTo < 1 - epsilon) {
            expect(winnerAt(matrix, weightsAt(matrix, index, node.stableTo + epsilon))).not.toBe(
              winner,
            );
            if (wide)
              expect(winnerAt(matrix, weightsAt(matrix, index, node.stableTo - epsilon))).toBe(
                winner,
              );
          }
          if (node.stableFrom > epsilon) {
            expect(winnerAt(matrix, weightsAt(matrix, index, node.stableFrom - epsilon))).not.toBe(
              winner,
            );
            if (wide)
              expect(winnerAt(matrix, weightsAt(matrix, index, node.stableFrom + epsilon))).toBe(
                winner,
              );
          }
        }
      }),
      propertyOptions,
    );
  });

  it('under the extended method, bounds the official winner’s interval by the corridor', () => {
    fc.assert(
      fc.property(extendedTender, (matrix) => {
        // A winner decided below the published digits is the hand-computed tests' case.
        fc.pre(officialWinnerAt(matrix, matrix.weights) === 0);
        const result = weightStability(matrix);
        const epsilon = 1e-6;
        for (const node of result.nodes) {
          const index = matrix.nodes.findIndex((candidate) => candidate.id === node.nodeId);
          const winner = (t: number) => officialWinnerAt(matrix, weightsAt(matrix, index, t));
          const wide = node.stableTo - node.stableFrom > 2 * epsilon;
          if (node.stableTo < 1 - epsilon) {
            expect(winner(node.stableTo + epsilon)).not.toBe(0);
            if (wide) expect(winner(node.stableTo - epsilon)).toBe(0);
          }
          if (node.stableFrom > epsilon) {
            expect(winner(node.stableFrom - epsilon)).not.toBe(0);
            if (wide) expect(winner(node.stableFrom + epsilon)).toBe(0);
          }
          // Inside the interval the winner never changes.
          for (let step = 1; step < 10; step++) {
            const t = node.stableFrom + ((node.stableTo - node.stableFrom) * step) / 10;
            if (wide) expect(winner(t)).toBe(0);
          }
        }
      }),
      propertyOptions,
    );
  });
});
