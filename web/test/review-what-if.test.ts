import { resultsExample } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
  basisPointsOf,
  comparePair,
  leafWeights,
  publishedWeights,
  rankWhatIf,
  type WhatIfModel,
} from '../src/lib/options-reviews/what-if.ts';

const results = structuredClone(resultsExample) as unknown as Parameters<typeof comparePair>[0];
const model = results.whatIf!;

describe('the what-if ranking', () => {
  it('gives the exact engine’s ranking and scores for the unchanged weights', () => {
    const ranked = rankWhatIf(model, publishedWeights(model));
    const official = results.evaluation.ranking.filter((bid) => bid.rank !== null);
    expect(ranked.map((item) => [item.optionId, item.rank])).toEqual(
      official.map((bid) => [bid.id, bid.rank]),
    );
    expect(ranked.map((item) => Math.round(item.score! * 100) / 100)).toEqual(
      official.map((bid) => bid.score),
    );
  });

  it('re-ranks when a sibling set’s weights move, and leaves the results alone', () => {
    const before = JSON.stringify(results);
    // All weight on the price: the cheapest option comes first.
    const ranked = rankWhatIf(model, { ...publishedWeights(model), quality: 0, price: 1 });
    const cheapest = model.optionIds[model.price.indexOf(Math.min(...model.price))];
    expect(ranked[0]!.optionId).toBe(cheapest);
    expect(ranked[0]!.optionId).not.toBe(results.evaluation.ranking[0]!.id);
    expect(JSON.stringify(results)).toBe(before);
  });

  it('normalises each sibling set, and weighs a set of zeros equally', () => {
    const weights = leafWeights(model, { quality: 2, price: 2, concept: 0, availability: 0 });
    const column = (id: string) => model.criterionIds.indexOf(id);
    expect(weights[column('price')]).toBeCloseTo(0.5, 12);
    expect(weights[column('concept')]).toBeCloseTo(0.25, 12);
    expect(weights[column('availability')]).toBeCloseTo(0.25, 12);
  });

  it('ranks ties together and the higher performance first when scores are equal', () => {
    const tied: WhatIfModel = {
      nodes: [
        { id: 'q', parentId: null, share: 0.5, column: 0 },
        { id: 'p', parentId: null, share: 0.5, column: 1 },
      ],
      criterionIds: ['q', 'p'],
      optionIds: ['a', 'b', 'c'],
      shares: [
        [1, 0.5],
        [0.5, 1],
        [0.5, 1],
      ],
      rowFactor: [100, 100, 100],
      priceColumn: 1,
      price: [200, 100, 100],
      corridor: null,
    };
    expect(
      rankWhatIf(tied, publishedWeights(tied)).map((item) => [item.optionId, item.rank]),
    ).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
  });
});

describe('the slider positions as weights to adopt', () => {
  const three: WhatIfModel = {
    nodes: [
      { id: 'quality', parentId: null, share: 0.6, column: -1 },
      { id: 'price', parentId: null, share: 0.4, column: 2 },
      { id: 'b', parentId: 'quality', share: 1 / 3, column: 0 },
      { id: 'a', parentId: 'quality', share: 1 / 3, column: 1 },
      { id: 'c', parentId: 'quality', share: 1 / 3, column: 3 },
      { id: 'only', parentId: 'price', share: 1, column: 4 },
    ],
    criterionIds: ['b', 'a', 'price', 'c', 'only'],
    optionIds: [],
    shares: [],
    rowFactor: [],
    priceColumn: 2,
    price: [],
    corridor: null,
  };
  const sums = (weights: Record<string, number>) => [
    weights.quality! + weights.price!,
    weights.a! + weights.b! + weights.c!,
    weights.only,
  ];

  it('sums each sibling set to exactly 10,000, the leftover to the largest remainder', () => {
    // 10/30 each: 3333.3… three times; the one point left goes to the id first in code-point order.
    const weights = basisPointsOf(three, { quality: 70, price: 30, a: 10, b: 10, c: 10 });
    expect(weights).toEqual({ quality: 7000, price: 3000, a: 3334, b: 3333, c: 3333, only: 10000 });
    expect(sums(weights)).toEqual([10000, 10000, 10000]);
  });

  it('gives a tie of remainders to the higher position, and does not depend on the order', () => {
    // 1/6, 1/6, 4/6 of 10,000: 1666.6…, 1666.6…, 6666.6…, remainders all equal; two points
    // left: c first (the higher position), then a before b (code-point order).
    const weights = basisPointsOf(three, { quality: 1, price: 2, a: 1, b: 1, c: 4 });
    expect([weights.a, weights.b, weights.c]).toEqual([1667, 1666, 6667]);
    expect([weights.quality, weights.price]).toEqual([3333, 6667]);
    const reversed = { ...three, nodes: [...three.nodes].reverse() };
    expect(basisPointsOf(reversed, { quality: 1, price: 2, a: 1, b: 1, c: 4 })).toEqual(weights);
    for (const positions of [
      { quality: 0, price: 100, a: 33, b: 33, c: 34 },
      { quality: 99, price: 1, a: 7, b: 13, c: 0 },
      { quality: 17, price: 29, a: 61, b: 61, c: 59 },
    ]) {
      expect(sums(basisPointsOf(three, positions))).toEqual([10000, 10000, 10000]);
    }
  });

  it('weighs a set of zeros equally, and starts missing positions at the published share', () => {
    const weights = basisPointsOf(three, { a: 0, b: 0, c: 0 });
    expect([weights.quality, weights.price]).toEqual([6000, 4000]);
    expect(sums(weights)).toEqual([10000, 10000, 10000]);
    expect(weights.a! + weights.b! + weights.c!).toBe(10000);
    expect(Math.max(weights.a!, weights.b!, weights.c!)).toBe(3334);
  });

  it('gives back the published weights for the unmoved sliders of the example', () => {
    const published = publishedWeights(model);
    const start = Object.fromEntries(
      Object.entries(published).map(([id, share]) => [id, Math.round(share * 100)]),
    );
    const weights = basisPointsOf(model, start);
    expect(Object.keys(weights).sort()).toEqual(model.nodes.map((node) => node.id).sort());
    for (const node of model.nodes) {
      if (Number.isInteger(node.share * 100)) expect(weights[node.id]).toBe(node.share * 10000);
    }
  });
});

describe('why one option stands above another', () => {
  it('subtracts the exact engine’s points per criterion, largest advantage first', () => {
    const [first, second] = results.evaluation.ranking;
    const pair = comparePair(results, first!.id, second!.id)!;
    const engine = second!.comparedWithAbove!.criteria;
    expect(pair.filter((item) => item.difference > 0).map((item) => item.criterionId)).toEqual(
      engine.filter((item) => item.difference > 0).map((item) => item.criterionId),
    );
    expect(comparePair(results, second!.id, first!.id)![0]!.difference).toBeGreaterThan(0);
  });
});
