import { resultsExample } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
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
