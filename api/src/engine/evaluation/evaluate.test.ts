import { describe, expect, it } from 'vitest';
import { EvaluatedBid } from '@tenderwise/schema';
import { bid, ordinal, price, scheme, seal, text } from '../../../test/fixtures/schemes.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { evaluate, type Evaluation } from './evaluate.ts';

const summary = (result: Evaluation) =>
  result.ranking.map(({ id, rank, score, excluded }) => ({ id, rank, score, excluded }));
const flagsOf = (result: Evaluation, id: string) =>
  result.ranking.find((entry) => entry.id === id)!.flags.map((flag) => flag.code);

describe('evaluate: weighted sum', () => {
  const quality60price40 = scheme([ordinal('quality', 6_000), price(4_000)]);

  it('adds weighted points and ranks by them (hand-computed)', () => {
    // a: 60·4/5 + 40·1 = 88; b: 60·5/5 + 40·100,000/125,000 = 92.
    const result = evaluate(quality60price40, [
      bid('a', 100_000, { quality: 4 }),
      bid('b', 125_000, { quality: 5 }),
    ]);
    expect(summary(result)).toEqual([
      { id: 'b', rank: 1, score: 92, excluded: false },
      { id: 'a', rank: 2, score: 88, excluded: false },
    ]);
    const b = result.ranking[0]!;
    expect(b.contributions).toEqual([
      { criterionId: 'quality', weightPercent: 60, share: 1, points: 60, panel: null },
      { criterionId: 'price', weightPercent: 40, share: 0.8, points: 32, panel: null },
    ]);
    expect(b.performance).toBe(60);
  });

  it('explains why the bid above ranks higher, largest difference first', () => {
    const result = evaluate(quality60price40, [
      bid('a', 100_000, { quality: 4 }),
      bid('b', 125_000, { quality: 5 }),
    ]);
    expect(result.ranking[1]!.comparedWithAbove).toEqual({
      bidId: 'b',
      criteria: [
        { criterionId: 'quality', difference: 12 },
        { criterionId: 'price', difference: -8 },
      ],
    });
    expect(result.ranking[0]!.comparedWithAbove).toBeNull();
  });

  it('scores the sovereignty proxy Σ wᵢ·SEALᵢ/4 with the framework default weights', () => {
    // A provider's published self-assessment (4,4,4,4,2,3,4,4), not an official example:
    // 15 + 10 + 10 + 15 + 20·2/4 + 15·3/4 + 10 + 5 = 86.25.
    const weights = [15, 10, 10, 15, 20, 15, 10, 5];
    const levels = [4, 4, 4, 4, 2, 3, 4, 4];
    const sovereignty = scheme([
      ...weights.map((weight, i) => seal(`SOV-${i + 1}`, weight * 100)),
      price(0),
    ]);
    const assessments = Object.fromEntries(
      levels.map((level, i) => [`SOV-${i + 1}`, { metric: level }]),
    );
    const result = evaluate(sovereignty, [bid('provider', 1, assessments)]);
    expect(result.ranking[0]!.score).toBe(86.25);
  });

  it('multiplies weights down the tree exactly', () => {
    // Group 1/3 of the whole (3,333 bp is not exact, so use 2,500): leaves 30% and 70% of it.
    const nested = scheme([
      { kind: 'group', id: 'quality', parentId: null, title: text('quality'), weightBp: 2_500 },
      { ...ordinal('support', 3_000), parentId: 'quality' },
      { ...ordinal('security', 7_000), parentId: 'quality' },
      price(7_500),
    ]);
    const result = evaluate(nested, [bid('a', 10, { support: 5, security: 0 })]);
    expect(result.ranking[0]!.contributions.map((item) => item.weightPercent)).toEqual([
      7.5, 17.5, 75,
    ]);
    expect(result.ranking[0]!.score).toBe(82.5);
  });

  it('scores price among admitted bids only', () => {
    const withMinimum = scheme([ordinal('quality', 5_000), price(5_000)], {
      minimumRequirements: [
        { id: 'hosting-eu', legalType: 'minimum', title: text('hosting in the EU') },
      ],
    });
    const met = { minimumRequirements: { 'hosting-eu': { met: true } } };
    const failed = { minimumRequirements: { 'hosting-eu': { met: false } } };
    const result = evaluate(withMinimum, [
      bid('cheap-but-failing', 10_000, { quality: 5 }, failed),
      bid('a', 20_000, { quality: 5 }, met),
      bid('b', 40_000, { quality: 5 }, met),
    ]);
    expect(summary(result)).toEqual([
      { id: 'a', rank: 1, score: 100, excluded: false },
      { id: 'b', rank: 2, score: 75, excluded: false },
      { id: 'cheap-but-failing', rank: null, score: null, excluded: true },
    ]);
    expect(result.ranking[2]!.reasons).toEqual([
      { code: 'minimumNotMet', criterionId: 'hosting-eu' },
    ]);
  });

  it('excludes a bid below a published minimum score, whatever its total', () => {
    const withMinimumScore = scheme([
      ordinal('security', 5_000, { minimumScore: 3 }),
      price(5_000),
    ]);
    const result = evaluate(withMinimumScore, [
      bid('a', 1, { security: 2 }),
      bid('b', 1_000, { security: 3 }),
    ]);
    expect(summary(result).map(({ id, excluded }) => ({ id, excluded }))).toEqual([
      { id: 'b', excluded: false },
      { id: 'a', excluded: true },
    ]);
    expect(result.ranking[1]!.reasons).toEqual([
      { code: 'belowMinimumScore', criterionId: 'security' },
    ]);
  });

  it('breaks a tie of scores by performance, then by price', () => {
    // a: 50·3/5 + 50·60/60 = 30 + 50 = 80; b: 50·5/5 + 50·60/100 = 50 + 30 = 80.
    // Equal totals: b has the higher performance (50 against 30).
    const result = evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), [
      bid('a', 60, { quality: 3 }),
      bid('b', 100, { quality: 5 }),
    ]);
    expect(summary(result)).toEqual([
      { id: 'b', rank: 1, score: 80, excluded: false },
      { id: 'a', rank: 2, score: 80, excluded: false },
    ]);
  });

  it('ranks on the exact score where the published figures tie (ADR 0019)', () => {
    // b: 60·9/10 + 40 = 94 exactly. a: 60 + 40·84,990/100,000 = 93.996, published 94.00 too.
    // Ranking on the published figures would let a's higher performance (60 against 54) win;
    // the exact scores put b first, and both say so.
    const result = evaluate(scheme([ordinal('quality', 6_000, { scale: 10 }), price(4_000)]), [
      bid('a', 100_000, { quality: 10 }),
      bid('b', 84_990, { quality: 9 }),
    ]);
    expect(summary(result)).toEqual([
      { id: 'b', rank: 1, score: 94, excluded: false },
      { id: 'a', rank: 2, score: 94, excluded: false },
    ]);
    expect(result.ranking[0]!.flags).toContainEqual({
      code: 'tiedWhenRounded',
      tiedWith: ['a'],
      exactScore: '94.000',
    });
    expect(result.ranking[1]!.flags).toContainEqual({
      code: 'tiedWhenRounded',
      tiedWith: ['b'],
      exactScore: '93.996',
    });
  });

  it('flags both of two colluding low bids, not only the lowest', () => {
    const result = evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), [
      bid('a', 50_000, { quality: 3 }),
      bid('b', 51_000, { quality: 3 }),
      bid('c', 100_000, { quality: 5 }),
      bid('d', 105_000, { quality: 5 }),
    ]);
    const low = (id: string) =>
      result.ranking
        .find((entry) => entry.id === id)!
        .flags.find((f) => f.code === 'abnormallyLow');
    expect(low('a')).toEqual({ code: 'abnormallyLow', reasons: ['belowMedianOfOthers'] });
    expect(low('b')).toEqual({
      code: 'abnormallyLow',
      reasons: ['belowNextBid', 'belowMedianOfOthers'],
    });
    expect(low('c')).toBeUndefined();
    expect(low('d')).toBeUndefined();
    expect(result.ranking.every((entry) => !entry.excluded)).toBe(true);
  });

  it('takes the trigger threshold the scheme publishes (10% under § 14 LVG LSA)', () => {
    const bids = [bid('a', 88_000, { quality: 4 }), bid('b', 100_000, { quality: 4 })];
    const saxonyAnhalt = scheme([ordinal('quality', 5_000), price(5_000)], {
      abnormallyLowThresholdPercent: 10,
    });
    expect(flagsOf(evaluate(saxonyAnhalt, bids), 'a')).toContain('abnormallyLow');
    expect(
      flagsOf(evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), bids), 'a'),
    ).not.toContain('abnormallyLow');
  });

  it('reports a draw when everything is equal, and follows a recorded draw', () => {
    const equal = scheme([ordinal('quality', 5_000), price(5_000)]);
    const bids = [bid('a', 100, { quality: 4 }), bid('b', 100, { quality: 4 })];
    const tied = evaluate(equal, bids);
    expect(summary(tied).map((entry) => entry.rank)).toEqual([1, 1]);
    expect(flagsOf(tied, 'a')).toContain('drawRequired');

    const drawn = evaluate(equal, bids, { drawOrder: ['b', 'a'] });
    expect(summary(drawn).map(({ id, rank }) => [id, rank])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
    expect(flagsOf(drawn, 'b')).toContain('decidedByDraw');
  });

  it('flags an abnormally low price but never excludes on it', () => {
    const result = evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), [
      bid('low', 0, { quality: 1 }),
      bid('b', 100, { quality: 5 }),
    ]);
    expect(flagsOf(result, 'low')).toContain('abnormallyLow');
    expect(result.ranking.find((entry) => entry.id === 'low')!.excluded).toBe(false);
    // The free bid earns all price points; the other, under the ratio formula, none.
    expect(summary(result)).toEqual([
      { id: 'low', rank: 1, score: 60, excluded: false },
      { id: 'b', rank: 2, score: 50, excluded: false },
    ]);
  });

  it('ranks a single bid first, and leaves no rank when every bid is excluded', () => {
    const single = evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), [
      bid('only', 5, { quality: 0 }),
    ]);
    expect(summary(single)).toEqual([{ id: 'only', rank: 1, score: 50, excluded: false }]);

    const allExcluded = evaluate(
      scheme([ordinal('quality', 5_000, { minimumScore: 5 }), price(5_000)]),
      [bid('a', 5, { quality: 1 }), bid('b', 6, { quality: 2 })],
    );
    expect(summary(allExcluded).map((entry) => entry.rank)).toEqual([null, null]);
  });

  it('evaluates the present value of the life-cycle cost when the scheme says so', () => {
    const lifeCycle = scheme([ordinal('quality', 5_000), price(5_000)], {
      price: { kind: 'lifeCycleCost', termYears: 3, discountRate: 0.05 },
    });
    const costs = (
      oneOff: number,
      migrationIn: number,
      recurring: number,
      egress: number,
      exit: number,
    ) => ({
      price: {
        kind: 'lifeCycleCost' as const,
        costs: { oneOff, migrationIn, recurringPerYear: recurring, egressPerYear: egress, exit },
      },
    });
    // a: 15,000 now, 21,000 a year, 4,000 more at the end → 75,643.56 at 5%.
    // b: 30,000 a year → 81,697.44; under the ratio formula b earns 50·75,643.56/81,697.44.
    const result = evaluate(lifeCycle, [
      bid('a', 0, { quality: 5 }, costs(10_000, 5_000, 20_000, 1_000, 4_000)),
      bid('b', 0, { quality: 5 }, costs(0, 0, 30_000, 0, 0)),
    ]);
    expect(result.ranking.map(({ id, price, score }) => [id, price, score])).toEqual([
      ['a', 75_643.56, 100],
      ['b', 81_697.44, 96.29],
    ]);
  });

  it('flags evaluators who diverge and reports mean and median as aids', () => {
    const result = evaluate(scheme([ordinal('quality', 5_000), price(5_000)]), [
      bid(
        'a',
        5,
        {},
        {
          assessments: {
            quality: {
              kind: 'ordinal',
              score: 3,
              justification: text('the concept covers operation but not exit'),
              individual: [
                { evaluator: 'e1', score: 1 },
                { evaluator: 'e2', score: 4 },
                { evaluator: 'e3', score: 5 },
              ],
            },
          },
        },
      ),
    ]);
    expect(result.ranking[0]!.flags).toContainEqual({
      code: 'evaluatorsDiverge',
      criterionId: 'quality',
      spread: 4,
      mean: 3.33,
      median: 4,
    });
    // The consensus score counts, not the mean; the statistics are shown beside it.
    expect(result.ranking[0]!.contributions[0]).toMatchObject({
      points: 30,
      panel: { spread: 4, mean: 3.33, median: 4 },
    });
  });
});

describe('evaluated bids', () => {
  it('need a justification for a consensus score over individual scores', () => {
    const individual = [{ evaluator: 'e1', score: 1 }];
    expect(() =>
      bid('a', 5, {}, { assessments: { quality: { kind: 'ordinal', score: 1, individual } } }),
    ).toThrow(/needs a justification/);
  });
});

describe('evaluate: UfAB reference-value methods', () => {
  const impliedWeighting = text('performance and price weigh equally');
  const performanceOnly = [ordinal('quality', 10_000, { scale: 10 })];

  it('simple method: highest Z = L/P wins (hand-computed)', () => {
    // a: L = 1000·8/10 = 800 at 100,000 → Z = 8.00 per 1,000; b: L = 900 at 120,000 → 7.50.
    const simple = scheme(performanceOnly, { method: { kind: 'ufabSimple', impliedWeighting } });
    const result = evaluate(simple, [
      bid('a', 100_000, { quality: 8 }),
      bid('b', 120_000, { quality: 9 }),
    ]);
    expect(summary(result)).toEqual([
      { id: 'a', rank: 1, score: 8, excluded: false },
      { id: 'b', rank: 2, score: 7.5, excluded: false },
    ]);
    expect(result.ranking.map((entry) => entry.performance)).toEqual([800, 900]);
  });

  it('extended method: inside the corridor the published tie-break decides', () => {
    const bids = [
      bid('a', 100_000, { quality: 8 }),
      bid('b', 120_000, { quality: 9 }),
      bid('c', 200_000, { quality: 9 }),
    ];
    // Best Z 8.00; a 10% corridor reaches down to 7.20: b (7.50) is in it, c (4.50) is not.
    const byPerformance = scheme(performanceOnly, {
      method: {
        kind: 'ufabExtended',
        impliedWeighting,
        corridorPercent: 10,
        tieBreak: 'highestPerformance',
      },
    });
    const result = evaluate(byPerformance, bids);
    expect(summary(result).map(({ id, rank }) => [id, rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    expect(flagsOf(result, 'b')).toContain('inCorridor');
    expect(flagsOf(result, 'c')).not.toContain('inCorridor');

    const byPrice = scheme(performanceOnly, {
      method: {
        kind: 'ufabExtended',
        impliedWeighting,
        corridorPercent: 10,
        tieBreak: 'lowestPrice',
      },
    });
    expect(summary(evaluate(byPrice, bids)).map(({ id }) => id)).toEqual(['a', 'b', 'c']);

    // With a 5% corridor (down to 7.60) b is outside and a wins on Z.
    const narrow = scheme(performanceOnly, {
      method: {
        kind: 'ufabExtended',
        impliedWeighting,
        corridorPercent: 5,
        tieBreak: 'highestPerformance',
      },
    });
    expect(summary(evaluate(narrow, bids))[0]!.id).toBe('a');
  });

  it('ranks on the exact Z where the published Z ties (ADR 0019)', () => {
    // a: L = 800 at 100,000 → Z = 8 exactly. b: L = 801 at 100,130 → Z = 7.99960…, published
    // 8.00 as well. The exact Z puts a first, although b has the higher performance.
    const measured = [
      {
        kind: 'metric' as const,
        id: 'points',
        parentId: null,
        title: text('points'),
        weightBp: 10_000,
        subject: 'service' as const,
        unit: 'points',
        utility: { kind: 'linear' as const, worst: 0, best: 1_000 },
      },
    ];
    const simple = scheme(measured, { method: { kind: 'ufabSimple', impliedWeighting } });
    const result = evaluate(simple, [
      bid('a', 100_000, { points: { metric: 800 } }),
      bid('b', 100_130, { points: { metric: 801 } }),
    ]);
    expect(
      result.ranking.map(({ id, rank, score, performance }) => [id, rank, score, performance]),
    ).toEqual([
      ['a', 1, 8, 800],
      ['b', 2, 8, 801],
    ]);
    expect(result.ranking[0]!.flags).toContainEqual({
      code: 'tiedWhenRounded',
      tiedWith: ['b'],
      exactScore: '8.0000',
    });
    expect(result.ranking[1]!.flags).toContainEqual({
      code: 'tiedWhenRounded',
      tiedWith: ['a'],
      exactScore: '7.9996',
    });
  });

  it('extended method: a named award criterion decides inside the corridor', () => {
    const twoCriteria = [
      ordinal('concept', 5_000, { scale: 10 }),
      ordinal('security', 5_000, { scale: 10 }),
    ];
    const bids = [
      // a: L = 1000·(0.5 + 0.5·0.6) = 800 at 100,000 → Z = 8.00; security points 300.
      bid('a', 100_000, { concept: 10, security: 6 }),
      // b: L = 800 at 104,000 → Z = 7.69, inside a 10% corridor (down to 7.20); security 500.
      bid('b', 104_000, { concept: 6, security: 10 }),
      // c: L = 750 at 120,000 → Z = 6.25, outside the corridor despite full security points.
      bid('c', 120_000, { concept: 5, security: 10 }),
    ];
    const decidedBy = (tieBreak: 'lowestPrice' | 'highestPerformance' | { criterionId: string }) =>
      summary(
        evaluate(
          scheme(twoCriteria, {
            method: { kind: 'ufabExtended', impliedWeighting, corridorPercent: 10, tieBreak },
          }),
          bids,
        ),
      ).map(({ id, rank }) => [id, rank]);

    expect(decidedBy({ criterionId: 'security' })).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
    // Equal performance, so the highest performance leaves Z to decide; the price does too.
    expect(decidedBy('highestPerformance')[0]).toEqual(['a', 1]);
    expect(decidedBy('lowestPrice')[0]).toEqual(['a', 1]);
  });

  it('extended method: a group can be the deciding criterion, by the points of its leaves', () => {
    const grouped = [
      {
        kind: 'group' as const,
        id: 'quality',
        parentId: null,
        title: text('quality'),
        weightBp: 5_000,
      },
      { ...ordinal('concept', 5_000, { scale: 10 }), parentId: 'quality' },
      { ...ordinal('security', 5_000, { scale: 10 }), parentId: 'quality' },
      ordinal('support', 5_000, { scale: 10 }),
    ];
    const method = {
      kind: 'ufabExtended' as const,
      impliedWeighting,
      corridorPercent: 10,
      tieBreak: { criterionId: 'quality' },
    };
    // a: quality 1000·0.5·(0.5·0.6 + 0.5·0.6) = 300, support 500 → L = 800 at 100,000 (Z 8.00).
    // b: quality 1000·0.5·(0.5 + 0.5·0.8) = 450, support 350 → L = 800 at 105,000 (Z 7.62).
    const result = evaluate(scheme(grouped, { method }), [
      bid('a', 100_000, { concept: 6, security: 6, support: 10 }),
      bid('b', 105_000, { concept: 10, security: 8, support: 7 }),
    ]);
    expect(summary(result).map(({ id }) => id)).toEqual(['b', 'a']);
  });

  it('puts a bid at a price of zero first, without a ratio, and flags it', () => {
    const simple = scheme(performanceOnly, { method: { kind: 'ufabSimple', impliedWeighting } });
    const result = evaluate(simple, [
      bid('free', 0, { quality: 2 }),
      bid('a', 100_000, { quality: 8 }),
    ]);
    expect(summary(result)).toEqual([
      { id: 'free', rank: 1, score: null, excluded: false },
      { id: 'a', rank: 2, score: 8, excluded: false },
    ]);
    expect(flagsOf(result, 'free')).toEqual(
      expect.arrayContaining(['ratioUndefined', 'abnormallyLow']),
    );
  });
});

describe('evaluate: UfAB median method', () => {
  // G_L = 60 %, G_P = 40 %: Z = 100·(0.6·L/L_M + 0.4·(2 − P/P_M)).
  const median = scheme([ordinal('quality', 10_000, { scale: 10 })], {
    method: { kind: 'ufabMedian', performanceWeightBp: 6_000 },
  });

  it('weighs each bid against the medians of performance and price (hand-computed)', () => {
    // L: 600, 800, 900, 1000 → L_M = 850. P: 90k, 100k, 120k, 150k → P_M = 110,000.
    // a: 0.6·800/850 + 0.4·(2 − 100/110) = 48/85 + 24/55 = 936/935 → 100.11
    // b: 0.6·900/850 + 0.4·(2 − 120/110) = 54/85 + 4/11  = 934/935 →  99.89
    // d: 0.6·1000/850 + 0.4·(2 − 150/110) = 12/17 + 14/55 = 898/935 →  96.04
    // c: 0.6·600/850 + 0.4·(2 − 90/110) = 36/85 + 26/55 = 838/935 →  89.63
    const result = evaluate(median, [
      bid('a', 100_000, { quality: 8 }),
      bid('b', 120_000, { quality: 9 }),
      bid('c', 90_000, { quality: 6 }),
      bid('d', 150_000, { quality: 10 }),
    ]);
    expect(result.method).toBe('ufabMedian');
    expect(
      result.ranking.map(({ id, rank, score, performance }) => [id, rank, score, performance]),
    ).toEqual([
      ['a', 1, 100.11, 800],
      ['b', 2, 99.89, 900],
      ['d', 3, 96.04, 1_000],
      ['c', 4, 89.63, 600],
    ]);
  });

  it('gives a bid at both medians exactly 100, from the admitted bids only', () => {
    const withMinimum = scheme([ordinal('quality', 10_000, { scale: 10, minimumScore: 2 })], {
      method: { kind: 'ufabMedian', performanceWeightBp: 5_000 },
    });
    const result = evaluate(withMinimum, [
      bid('a', 90_000, { quality: 6 }),
      bid('b', 100_000, { quality: 8 }),
      bid('c', 120_000, { quality: 9 }),
      // Excluded (below the minimum score): its price would move the median otherwise.
      bid('x', 1, { quality: 1 }),
    ]);
    expect(result.ranking.find((entry) => entry.id === 'b')!.score).toBe(100);
  });

  it('leaves every ratio without value when the median performance is zero', () => {
    const result = evaluate(median, [
      bid('a', 100_000, { quality: 0 }),
      bid('b', 90_000, { quality: 0 }),
      bid('c', 120_000, { quality: 5 }),
    ]);
    // No Z: performance, then price decide, and every bid is flagged for the buyer.
    expect(summary(result)).toEqual([
      { id: 'c', rank: 1, score: null, excluded: false },
      { id: 'b', rank: 2, score: null, excluded: false },
      { id: 'a', rank: 3, score: null, excluded: false },
    ]);
    expect(
      result.ranking.every((entry) => entry.flags.some((f) => f.code === 'ratioUndefined')),
    ).toBe(true);
  });
});

describe('evaluate: refusing bad input', () => {
  const issueCodes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof EngineInputError)
        return error.issues.map((issue) => [issue.code, issue.pointer]);
      throw error;
    }
    throw new Error('expected the input to be refused');
  };

  it('names a company criterion used as an award criterion', () => {
    const bad = scheme([ordinal('years-in-business', 5_000, { subject: 'company' }), price(5_000)]);
    expect(issueCodes(() => evaluate(bad, []))).toEqual([
      ['company-as-award-criterion', '/scheme/award/0/subject'],
    ]);
  });

  it('accepts staff qualification as an award criterion', () => {
    const staff = scheme([
      ordinal('team-qualification', 5_000, { subject: 'staff' }),
      price(5_000),
    ]);
    expect(evaluate(staff, [bid('a', 1, { 'team-qualification': 5 })]).ranking[0]!.score).toBe(100);
  });

  it('names weights that do not sum, missing anchors, duplicates and cycles', () => {
    const bad = scheme([
      ordinal('quality', 5_000, { anchors: [text('none')] }),
      price(4_000),
      { kind: 'group', id: 'g1', parentId: 'g2', title: text('g1'), weightBp: 10_000 },
      { kind: 'group', id: 'g2', parentId: 'g1', title: text('g2'), weightBp: 10_000 },
      { ...ordinal('quality', 10_000), parentId: 'g1' },
    ]);
    const codes = issueCodes(() => evaluate(bad, [])).map(([code]) => code);
    expect(codes).toEqual(
      expect.arrayContaining(['duplicate-id', 'weights-not-summing', 'missing-anchors', 'cycle']),
    );
  });

  it('refuses an ordinal score without a justification, naming the field (BGH X ZB 3/17)', () => {
    const unjustified = EvaluatedBid.parse({
      id: 'a',
      price: { kind: 'totalPrice', amount: 100 },
      assessments: { quality: { kind: 'ordinal', score: 4 } },
    });
    const quality = scheme([ordinal('quality', 5_000), price(5_000)]);
    expect(
      issueCodes(() => evaluate(quality, [bid('b', 90, { quality: 3 }), unjustified])),
    ).toEqual([['missing-justification', '/bids/1/assessments/quality/justification']]);
  });

  it('refuses a reference date other than the published submission deadline', () => {
    const quality = scheme([ordinal('quality', 5_000), price(5_000)]);
    const bids = [bid('a', 100, { quality: 4 })];
    expect(issueCodes(() => evaluate(quality, bids, { referenceDate: '2027-01-15' }))).toEqual([
      ['reference-date-moved', '/referenceDate'],
    ]);
    // The published date itself is accepted, and is the date the result names.
    expect(evaluate(quality, bids, { referenceDate: '2026-12-01' }).referenceDate).toBe(
      '2026-12-01',
    );
  });

  it('names a deciding criterion that is not in the tree', () => {
    const bad = scheme([ordinal('quality', 10_000)], {
      method: {
        kind: 'ufabExtended',
        impliedWeighting: text('implied'),
        corridorPercent: 5,
        tieBreak: { criterionId: 'security' },
      },
    });
    expect(issueCodes(() => evaluate(bad, []))).toEqual([
      ['unknown-deciding-criterion', '/scheme/method/tieBreak/criterionId'],
    ]);
  });

  it('names a bid without an outcome or an assessment', () => {
    const withCheck = scheme([ordinal('quality', 5_000), price(5_000)], {
      suitability: [{ id: 'turnover', legalType: 'suitability', title: text('turnover') }],
    });
    expect(issueCodes(() => evaluate(withCheck, [bid('a', 1)]))).toEqual([
      ['missing-check', '/bids/0/suitability'],
      ['missing-assessment', '/bids/0/assessments'],
    ]);
  });
});
