import type { EvaluationScheme } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { ordinal, price, scheme, seal } from '../../../test/fixtures/schemes.ts';
import { percent } from '../arithmetic/rational.ts';
import { evaluate } from '../evaluation/evaluate.ts';
import { seededRandom } from '../random/prng.ts';
import { EngineInputError } from '../scheme/issues.ts';
import { flipsOnRemoval } from './flipping.ts';
import { bidGenerator, toEvaluatedBid, type BidGeneratorSettings } from './generate-bids.ts';
import { runBid, simulationModel } from './model.ts';
import {
  checkRobustnessInput,
  MAX_WORK,
  robustnessReport,
  type RobustnessInput,
} from './robustness.ts';
import { weightChanges } from './weight-stability.ts';

const weighted = scheme([ordinal('concept', 6_000), price(4_000)]);
const ufabSimple = scheme([ordinal('concept', 10_000)], {
  method: {
    kind: 'ufabSimple',
    impliedWeighting: { de: 'gleich', en: 'equal' },
    performanceMaxPoints: 1_000,
    ratioPerCurrencyUnits: 1_000,
  },
});

const bidsOf = (target: EvaluationScheme, rows: [string, number, number][]) => {
  const model = simulationModel(target);
  return {
    model,
    bids: rows.map(([id, amount, level]) => runBid(model, { id, price: amount, values: [level] })),
  };
};

describe('flipsOnRemoval', () => {
  // Weighted sum, concept 60 % (scale 0–5), price 40 % by the lowest-price ratio 40·Pmin/P:
  //   A: concept 5 → 60, price 200 → 40·50/200 = 10, total 70  (rank 1)
  //   B: concept 4 → 48, price 100 → 40·50/100 = 20, total 68  (rank 2)
  //   C: concept 0 →  0, price  50 → 40,             total 40  (rank 3)
  // Without C the lowest price is 100: A = 60 + 20 = 80, B = 48 + 40 = 88, so B wins. The third
  // bid decides between the first two although it never stood a chance itself: the flipping
  // effect. Removing B leaves Pmin = 50 and A ahead of C.
  const rows: [string, number, number][] = [
    ['bid-a', 200, 5],
    ['bid-b', 100, 4],
    ['bid-c', 50, 0],
  ];

  it('detects that removing the third bid flips the winner under the lowest-price ratio', () => {
    const { model, bids } = bidsOf(weighted, rows);
    expect(flipsOnRemoval(model, bids)).toMatchObject({
      order: ['bid-a', 'bid-b', 'bid-c'],
      winner: 'bid-a',
      flips: [false, true],
    });
  });

  it('agrees with evaluate() on the constructed case', () => {
    const { model, bids } = bidsOf(weighted, rows);
    const evaluated = rows.map(([id, amount, level]) =>
      toEvaluatedBid(weighted, { id, price: amount, values: [level] }),
    );
    expect(evaluate(weighted, evaluated).ranking[0]!.id).toBe('bid-a');
    expect(evaluate(weighted, evaluated.slice(0, 2)).ranking[0]!.id).toBe('bid-b');
    expect(model.leaves).toHaveLength(1);
    expect(bids).toHaveLength(3);
  });

  it('never flips under the UfAB simple method, where Z = L/P depends on the bid alone', () => {
    const { model, bids } = bidsOf(ufabSimple, rows);
    // Z per 1,000: A 1000·1000/200 = 5000, B 800·1000/100 = 8000, C 0.
    const check = flipsOnRemoval(model, bids);
    expect(check.order).toEqual(['bid-b', 'bid-a', 'bid-c']);
    expect(check.flips).toEqual([false, false]);
  });
});

describe('fast decisions', () => {
  const schemes: [string, EvaluationScheme][] = [
    ['lowest-price ratio', scheme([ordinal('concept', 5_000), seal('sov', 2_000), price(3_000)])],
    [
      'one-sided linear',
      scheme([ordinal('concept', 5_000), seal('sov', 2_000), price(3_000)], {
        method: {
          kind: 'weightedSum',
          priceFormula: { kind: 'oneSidedLinear', zeroAtMultiple: 1.5 },
        },
      }),
    ],
    [
      'two-sided linear',
      scheme([ordinal('concept', 5_000), seal('sov', 2_000), price(3_000)], {
        method: { kind: 'weightedSum', priceFormula: { kind: 'twoSidedLinear' } },
      }),
    ],
    [
      'UfAB simple',
      scheme([ordinal('concept', 7_000), seal('sov', 3_000)], { method: ufabSimple.method }),
    ],
    [
      'UfAB extended',
      scheme([ordinal('concept', 7_000), seal('sov', 3_000)], {
        method: {
          kind: 'ufabExtended',
          impliedWeighting: { de: 'gleich', en: 'equal' },
          performanceMaxPoints: 1_000,
          ratioPerCurrencyUnits: 1_000,
          corridorPercent: 5,
          tieBreak: 'lowestPrice',
        },
      }),
    ],
    [
      'UfAB extended, a named criterion deciding',
      scheme([ordinal('concept', 7_000), seal('sov', 3_000)], {
        method: {
          kind: 'ufabExtended',
          impliedWeighting: { de: 'gleich', en: 'equal' },
          corridorPercent: 10,
          tieBreak: { criterionId: 'sov' },
        },
      }),
    ],
    [
      'UfAB median',
      scheme([ordinal('concept', 7_000), seal('sov', 3_000)], {
        method: { kind: 'ufabMedian', performanceWeightBp: 7_000 },
      }),
    ],
  ];
  // Narrow price ranges make near-ties common, so the exact fallback is exercised too.
  const settings = (narrow: boolean): BidGeneratorSettings => ({
    count: 6,
    price: narrow
      ? { kind: 'uniform', min: 100, max: 100.05 }
      : { kind: 'uniform', min: 80, max: 140 },
    leaves: {
      concept: { kind: 'uniformLevels', from: 2, to: 5 },
      sov: { kind: 'uniform', min: 0, max: 4, decimals: 0 },
    },
  });

  it.each(schemes)('rank and flip exactly as evaluate() does (%s)', (_, target) => {
    const model = simulationModel(target);
    for (const narrow of [false, true]) {
      const generate = bidGenerator(target, settings(narrow));
      const random = seededRandom(11);
      for (let run = 0; run < 40; run++) {
        const simulated = generate(random);
        const check = flipsOnRemoval(
          model,
          simulated.map((bid) => runBid(model, bid)),
        );
        const evaluated = simulated.map((bid) => toEvaluatedBid(target, bid));
        const winnerOf = (bids: typeof evaluated) => {
          const first = evaluate(target, bids).ranking.filter((bid) => bid.rank === 1);
          return first.length === 1 ? first[0]!.id : null;
        };
        expect(check.winner).toBe(winnerOf(evaluated));
        check.order.slice(1).forEach((removed, k) => {
          const rest = evaluated.filter((bid) => bid.id !== removed);
          expect(check.flips[k]).toBe(winnerOf(rest) !== check.winner);
        });
      }
    }
  });
});

describe('weightChanges', () => {
  it('finds the changes of single weights that change the winner', () => {
    // concept 60 %, price 40 %: A = 60 + 10 = 70, B = 48 + 20 = 68 (C as above, far behind).
    // ±10 % of a weight's own size, the sibling taking up the difference:
    //   concept 66 %, price 34 %: A = 66 + 8.5 = 74.5, B = 52.8 + 17 = 69.8   → A
    //   concept 54 %, price 46 %: A = 54 + 11.5 = 65.5, B = 43.2 + 23 = 66.2  → B
    //   price 44 %, concept 56 %: A = 56 + 11 = 67,     B = 44.8 + 22 = 66.8  → A
    //   price 36 %, concept 64 %: A = 64 + 9 = 73,      B = 51.2 + 18 = 69.2  → A
    // Lowering concept by 10 % moves 6 points to price, raising price by 10 % only 4.
    const { model, bids } = bidsOf(weighted, [
      ['bid-a', 200, 5],
      ['bid-b', 100, 4],
      ['bid-c', 50, 0],
    ]);
    expect(weightChanges(model, bids, 'bid-a', percent(10)).changes).toEqual([
      { criterionId: 'concept', up: false, down: true },
      { criterionId: 'price', up: false, down: false },
    ]);
    // At ±25 %: price 50 %, concept 50 %: A = 50 + 12.5 = 62.5, B = 40 + 25 = 65 → B.
    expect(weightChanges(model, bids, 'bid-a', percent(25)).changes).toEqual([
      { criterionId: 'concept', up: false, down: true },
      { criterionId: 'price', up: true, down: false },
    ]);
  });
});

describe('robustnessReport', () => {
  const input: RobustnessInput = {
    scheme: weighted,
    bids: {
      count: 5,
      price: { kind: 'triangular', min: 80_000, mode: 100_000, max: 150_000 },
      leaves: { concept: { kind: 'uniformLevels', from: 2, to: 5 } },
    },
    runs: 200,
    seed: 42,
  };

  it('gives the same report for the same seed', () => {
    expect(robustnessReport(input)).toEqual(robustnessReport(input));
    expect(robustnessReport(input)).not.toEqual(robustnessReport({ ...input, seed: 43 }));
  });

  it('reports the scheme’s formula first and its points within the price weight', () => {
    const report = robustnessReport(input);
    expect(report.priceFormulas.map((item) => [item.formula.kind, item.own])).toEqual([
      ['lowestPriceRatio', true],
      ['oneSidedLinear', false],
      ['twoSidedLinear', false],
    ]);
    for (const item of report.priceFormulas) {
      expect(item.maxPoints).toBe(40);
      expect(item.points.max).toBe(40);
      expect(item.points.min).toBeGreaterThanOrEqual(0);
    }
    expect(report.priceFormulas[0]!.sameWinnerShare).toBe(1);
    // The two-sided formula always gives the dearest bid 0 points.
    expect(report.priceFormulas[2]!.points.min).toBe(0);
    expect(report.flipping.byRemovedRank.map((item) => item.rank)).toEqual([2, 3, 4, 5]);
    expect(report.flipping.byRemovedRank[0]!.runs).toBe(200);
  });

  it('allows work up to runs × (bids × (bids + 3 × leaves) + leaves² / 4) = 4,000,000', () => {
    // 49 criteria and price: 50 leaves; 800 runs × (25 × (25 + 150) + 625) is the limit exactly.
    const wide = scheme([
      ...Array.from({ length: 49 }, (_, i) => ordinal(`c${i}`, 100)),
      price(10_000 - 49 * 100),
    ]);
    const at = {
      scheme: wide,
      bids: { count: 25, price: { kind: 'uniform', min: 1, max: 2 }, leaves: {} },
      runs: 800,
      seed: 1,
    } satisfies RobustnessInput;
    expect(MAX_WORK).toBe(4_000_000);
    expect(checkRobustnessInput(at)).toEqual([]);
    expect(checkRobustnessInput({ ...at, runs: 801 })).toEqual([
      expect.objectContaining({ pointer: '/runs', code: 'too-much-work' }),
    ]);
  });

  it('refuses work beyond its bounds', () => {
    expect(() => robustnessReport({ ...input, runs: 2_001 })).toThrow(EngineInputError);
    expect(() => robustnessReport({ ...input, bids: { ...input.bids, count: 51 } })).toThrow(
      EngineInputError,
    );
  });
});
