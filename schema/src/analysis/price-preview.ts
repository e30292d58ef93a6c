import { z } from 'zod';
import { Decimal } from '../evaluation/common.ts';
import { PriceFormula } from '../evaluation/method.ts';

const example = {
  request: {
    expectedPrices: [100000, 150000],
    from: 50000,
    to: 200000,
    steps: 3,
    maxPoints: 40,
    formulas: [{ kind: 'lowestPriceRatio' }, { kind: 'oneSidedLinear', zeroAtMultiple: 2 }],
    ratio: { performancePoints: 800, perCurrencyUnits: 1000 },
  },
  response: {
    prices: [50000, 100000, 150000, 200000],
    formulas: [
      { formula: { kind: 'lowestPriceRatio' }, points: [40, 40, 26.67, 20] },
      { formula: { kind: 'oneSidedLinear', zeroAtMultiple: 2 }, points: [40, 40, 20, 0] },
    ],
    ratios: [16, 8, 5.33, 4],
  },
};

export const PricePreviewRequest = z
  .strictObject({
    expectedPrices: z.array(Decimal).min(1).max(50).meta({
      description: 'The other bids’ prices the buyer expects, e.g. from a market survey',
    }),
    from: Decimal,
    to: Decimal,
    steps: z.int().min(1).max(200).meta({ description: 'Equal intervals between from and to' }),
    maxPoints: Decimal.positive().max(100).default(100).meta({
      description: 'Points of the price criterion under a weighted sum',
    }),
    formulas: z.array(PriceFormula).max(10),
    ratio: z
      .strictObject({
        performancePoints: Decimal.min(0),
        perCurrencyUnits: z.int().min(1).max(1_000_000_000).default(1_000),
      })
      .optional()
      .meta({ description: 'Also show Z = L/P of the UfAB methods at these performance points' }),
  })
  .meta({ id: 'PricePreviewRequest', examples: [example.request] });

export const PricePreviewResponse = z
  .object({
    prices: z.array(z.number()),
    formulas: z.array(z.object({ formula: PriceFormula, points: z.array(z.number()) })),
    ratios: z.array(z.number().nullable()).nullable(),
  })
  .meta({ id: 'PricePreviewResponse', examples: [example.response] });

export const pricePreviewExample = example;
