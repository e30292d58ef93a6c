import type { EvaluationScheme } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { ordinal, price, scheme } from '../../../test/fixtures/schemes.ts';
import { rankBids } from '../evaluation/rank.ts';
import { seededRandom } from '../random/prng.ts';
import { decideRanking, decideWinner, exactFigures, floatFigures } from './decide.ts';
import { bidGenerator } from './generate-bids.ts';
import { runBid, simulationModel } from './model.ts';
import { baseQuality, baseWeighting } from './quality.ts';
import { toNumber } from '../arithmetic/rational.ts';

// Many bids on a fine scale with prices a few euros apart: most runs hold bids whose float
// scores lie within the margin, so the exact path is taken often.
const criteria = Array.from({ length: 4 }, (_, i) => ordinal(`c${i}`, 1_500, { scale: 10 }));
const schemes: [string, EvaluationScheme][] = [
  ['weighted sum', scheme([...criteria, price(4_000)])],
  [
    'UfAB simple',
    scheme([...criteria.slice(0, 3), ordinal('c3', 5_500, { scale: 10 })], {
      method: {
        kind: 'ufabSimple',
        impliedWeighting: { de: 'gleich', en: 'equal' },
        performanceMaxPoints: 100,
        ratioPerCurrencyUnits: 1_000,
      },
    }),
  ],
];

describe('decisions computed exactly only where floats are too close', () => {
  for (const [name, target] of schemes) {
    it(`rank and pick the winner as ranking every bid exactly does (${name})`, () => {
      const model = simulationModel(target);
      const generate = bidGenerator(target, {
        count: 30,
        price: { kind: 'uniform', min: 99_990, max: 100_010 },
        leaves: {},
      });
      const random = seededRandom(7);
      const weighting = baseWeighting(model);
      let exactOnes = 0;
      for (let run = 0; run < 150; run++) {
        const bids = generate(random).map((bid) => runBid(model, bid));
        const floats = floatFigures(
          model,
          target.method,
          bids,
          baseQuality(model, bids),
          toNumber(model.priceWeight, 15),
        );
        const exact = (only?: readonly number[]) =>
          exactFigures(model, target.method, bids, weighting, only);
        const full = rankBids(target.method, exact());
        const first = full.filter((entry) => entry.rank === 1);
        const expectedWinner = first.length === 1 ? first[0]!.id : null;

        const ranking = decideRanking(target.method, bids, floats, exact);
        expect(ranking.order).toEqual(full.map((entry) => entry.id));
        expect(ranking.winner).toBe(expectedWinner);
        expect(decideWinner(target.method, bids, floats, exact).winner).toBe(expectedWinner);
        if (ranking.exact) exactOnes++;
      }
      // The comparison means something only if the exact path ran.
      expect(exactOnes).toBeGreaterThan(50);
    });
  }
});
