import { ResultsFigures, resultsExample } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import {
  resultsConsensus,
  resultsOptions,
  resultsScheme,
} from '../../../test/fixtures/options-review-results.ts';
import { optionsReviewResults, type ResultsOutcome } from './results.ts';

const [hyperscaler, openDesk, sovereign] = resultsOptions.map((option) => option.id) as [
  string,
  string,
  string,
];

function ready(outcome: ResultsOutcome): ResultsFigures {
  if (outcome.status !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
  return outcome.figures;
}

const input = { scheme: resultsScheme, options: resultsOptions, consensus: resultsConsensus };

describe('optionsReviewResults', () => {
  it('ranks the options with the exact engine, consensus scores as the ordinal scores', () => {
    const figures = ready(optionsReviewResults(input));
    expect(ResultsFigures.parse(figures)).toEqual(figures);
    const ranking = figures.evaluation.ranking;
    expect(ranking.map((bid) => [bid.id, bid.rank])).toEqual([
      [openDesk, 1],
      [hyperscaler, 2],
      [sovereign, 3],
    ]);
    const first = ranking[0]!;
    // Concept 5/5 at 42 %, availability (99.9 − 99) / 0.99 at 28 %, price 900k / 1,000k at 30 %.
    expect(first.contributions.map((item) => [item.criterionId, item.points])).toEqual([
      ['concept', 42],
      ['availability', 25.45],
      ['price', 27],
    ]);
    expect(ranking[1]!.comparedWithAbove?.bidId).toBe(openDesk);
    expect(figures.criteria.find((node) => node.id === 'quality')?.weightPercent).toBe(70);
    expect(figures.unjudged.map((item) => item.criterionId)).toEqual(['eu-operation']);
  });

  it('gives the same bytes for the same inputs, whatever their order', () => {
    const once = JSON.stringify(optionsReviewResults(input));
    const again = JSON.stringify(
      optionsReviewResults({
        scheme: resultsScheme,
        options: [...resultsOptions].reverse(),
        consensus: [...resultsConsensus].reverse(),
      }),
    );
    expect(again).toBe(once);
  });

  it('shows an option below a published minimum score as excluded, with the reason', () => {
    const consensus = resultsConsensus.map((item) =>
      item.optionId === hyperscaler ? { ...item, score: 1 } : item,
    );
    const figures = ready(optionsReviewResults({ ...input, consensus }));
    const excluded = figures.evaluation.ranking.find((bid) => bid.id === hyperscaler)!;
    expect(excluded).toMatchObject({
      rank: null,
      excluded: true,
      reasons: [{ code: 'belowMinimumScore', criterionId: 'concept' }],
    });
    expect(figures.whatIf?.optionIds).toEqual([openDesk, sovereign]);
  });

  it('lists what is missing before the results can be computed', () => {
    const options = resultsOptions.map((option) =>
      option.id === sovereign ? { ...option, offer: { answers: {}, assessments: {} } } : option,
    );
    const outcome = optionsReviewResults({
      scheme: resultsScheme,
      options,
      consensus: resultsConsensus.filter((item) => item.optionId !== openDesk),
    });
    expect(outcome).toEqual({
      status: 'incomplete',
      missing: [
        { optionId: openDesk, criterionId: 'concept', what: 'consensus' },
        { optionId: sovereign, criterionId: 'availability', what: 'metricValue' },
        { optionId: sovereign, criterionId: 'price', what: 'price' },
      ],
    });
  });

  it('labels the advisory methods and keeps the evaluation’s ranking apart', () => {
    const figures = ready(optionsReviewResults(input));
    expect(figures.smaa).toMatchObject({ advisory: true, samples: 4_000 });
    expect(figures.topsis).toMatchObject({ advisory: true });
    expect(figures.priceFormulas).toMatchObject({ advisory: true });
    expect(figures.priceFormulas!.formulas.map((item) => item.formula.kind)).toEqual([
      'lowestPriceRatio',
      'oneSidedLinear',
      'twoSidedLinear',
    ]);
    expect(figures.priceFormulas!.formulas[0]).toMatchObject({
      published: true,
      sameWinner: true,
      sameOrder: true,
    });
    const acceptability = figures.smaa!.acceptability;
    for (const row of acceptability)
      expect(row.ranks.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 5);
  });

  it('carries the leaf shares that reproduce the ranking by a dot product', () => {
    const figures = ready(optionsReviewResults(input));
    const model = figures.whatIf!;
    const weightOf = (column: number) => {
      let node = model.nodes.find((item) => item.column === column);
      let weight = 1;
      while (node) {
        weight *= node.share;
        const parent: string | null = node.parentId;
        node = model.nodes.find((item) => item.id === parent);
      }
      return weight;
    };
    const scores = model.shares.map(
      (row, index) =>
        model.rowFactor[index]! *
        row.reduce((sum, share, column) => sum + share * weightOf(column), 0),
    );
    const published = figures.evaluation.ranking
      .filter((bid) => bid.rank !== null)
      .map((bid) => bid.score);
    expect(scores.map((score) => Math.round(score * 100) / 100)).toEqual(published);
  });
});

describe('the API’s example of the results', () => {
  it('is what the results function computes for the example review', () => {
    const { reviewId, schemeVersion, latestSchemeVersion, weights, ...figures } = resultsExample;
    expect({ reviewId, schemeVersion, latestSchemeVersion, weights }).toBeDefined();
    expect(ready(optionsReviewResults(input))).toEqual(figures);
  });
});
