import { z } from 'zod';
import { Decimal, Identifier } from '../evaluation/common.ts';
import { PriceFormula } from '../evaluation/method.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { evaluateExample } from './evaluate-example.ts';
import { simulateExampleResponse } from './simulate-example.ts';

const ValueDistribution = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('uniform'), min: Decimal, max: Decimal }),
  z.strictObject({ kind: z.literal('triangular'), min: Decimal, mode: Decimal, max: Decimal }),
]);

const decimals = z.int().min(0).max(6).optional().meta({
  description: 'Places the drawn value is rounded to; default 2',
});

export const LeafDistribution = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('levels'),
      weights: z.array(Decimal.min(0)).min(1).max(11).meta({
        description: 'Ordinal leaf: relative weight of each level 0…scale',
      }),
    }),
    z.strictObject({
      kind: z.literal('uniformLevels'),
      from: z.int().min(0).max(10),
      to: z.int().min(0).max(10),
    }),
    z.strictObject({ kind: z.literal('uniform'), min: Decimal, max: Decimal, decimals }),
    z.strictObject({
      kind: z.literal('triangular'),
      min: Decimal,
      mode: Decimal,
      max: Decimal,
      decimals,
    }),
    z.strictObject({
      kind: z.literal('rules'),
      weights: z.array(Decimal.min(0)).min(1).max(31).meta({
        description: 'Attestation leaf: relative weight of each rule, then of holding none',
      }),
    }),
  ])
  .meta({
    id: 'LeafDistribution',
    description:
      'How a scored leaf’s assessment is drawn: ordinal leaves `levels` or `uniformLevels` ' +
      '(default: every level equally likely); metric leaves `uniform` or `triangular` over the ' +
      'measured value (default for a linear utility: uniform between worst and best); ' +
      'attestation leaves `rules` (no default).',
  });

export const BidGeneratorSettings = z
  .strictObject({
    count: z.int().min(2).max(50).meta({ description: 'Simulated bids per run' }),
    price: ValueDistribution.meta({
      description: 'Each bid’s evaluated price, drawn independently, rounded to cents; above 0',
    }),
    leaves: z
      .record(Identifier, LeafDistribution)
      .refine((map) => Object.keys(map).length <= 300, { message: 'At most 300 entries' })
      .default({}),
  })
  .meta({ id: 'BidGeneratorSettings' });

export const TopsisInput = z
  .strictObject({
    criteria: z
      .array(
        z.strictObject({
          id: Identifier,
          weight: Decimal.min(0),
          direction: z.enum(['benefit', 'cost']),
        }),
      )
      .min(1)
      .max(50),
    options: z
      .array(z.strictObject({ id: Identifier, values: z.array(Decimal).max(50) }))
      .min(1)
      .max(50),
  })
  .meta({ id: 'TopsisInput' });

const request = {
  scheme: evaluateExample.request.scheme,
  bids: {
    count: 4,
    price: { kind: 'triangular', min: 90000, mode: 110000, max: 150000 },
    leaves: { concept: { kind: 'levels', weights: [0, 1, 2, 4, 2, 1] } },
  },
  runs: 100,
  seed: 2027,
  topsis: {
    criteria: [
      { id: 'quality', weight: 1, direction: 'benefit' },
      { id: 'cost', weight: 1, direction: 'cost' },
    ],
    options: [
      { id: 'A', values: [3, 4] },
      { id: 'B', values: [4, 3] },
      { id: 'C', values: [0, 0] },
    ],
  },
};

export const SimulateRequest = z
  .strictObject({
    scheme: EvaluationScheme,
    bids: BidGeneratorSettings,
    runs: z
      .int()
      .min(1)
      .max(2_000)
      .default(200)
      .meta({
        description:
          'Simulated tenders; runs × (bids × (bids + 3 × criteria) + criteria² / 4) at most ' +
          '4,000,000, criteria counting every scored leaf with price',
      }),
    seed: z.int().min(0).max(4_294_967_295).meta({
      description: 'The same seed gives the same numbers',
    }),
    weightChangePercent: Decimal.gt(0).max(50).default(10).meta({
      description: 'Each weight in turn raised and lowered by this per cent of itself',
    }),
    formulas: z.array(PriceFormula).max(5).optional().meta({
      description:
        'Formulas to compare with the scheme’s own; default lowest-price ratio, one-sided linear (k = 2), two-sided linear',
    }),
    topsis: TopsisInput.optional().meta({
      description: 'Option scores to rank by TOPSIS, advisory, for an options review',
    }),
  })
  .meta({ id: 'SimulateRequest', examples: [request] });
export type SimulateRequest = z.output<typeof SimulateRequest>;

const Summary = z.object({
  min: z.number(),
  q1: z.number(),
  median: z.number(),
  q3: z.number(),
  max: z.number(),
  mean: z.number(),
});

export const TopsisResult = z
  .object({
    advisory: z.literal(true),
    note: z.string(),
    ranking: z.array(z.object({ id: Identifier, rank: z.int().min(1), closeness: z.number() })),
  })
  .meta({ id: 'TopsisResult' });

export const SimulateResponse = z
  .object({
    advisory: z.literal(true),
    note: z.string(),
    runs: z.int(),
    bidsPerRun: z.int(),
    seed: z.int(),
    meanAdmitted: z.number().meta({
      description: 'Simulated bids below a published minimum score are excluded',
    }),
    runsWithoutWinner: z.int().meta({
      description:
        'Runs where no single bid ranked first (none admitted, or a draw by lot decides)',
    }),
    priceFormulas: z.array(
      z.object({
        formula: PriceFormula,
        own: z.boolean(),
        maxPoints: z.number().meta({
          description: 'Points of the price criterion (its weight; 100 under the UfAB methods)',
        }),
        points: Summary.meta({
          description:
            'Price points of every admitted simulated bid over all runs (quartiles type 7)',
        }),
        sameWinnerShare: z.number().nullable().meta({
          description:
            'Share of runs with the same winner had the scheme used this formula; weighted sum only',
        }),
      }),
    ),
    weightStability: z.object({
      changePercent: z.number(),
      stableShare: z.number().meta({
        description: 'Share of runs in which no single weight change alters the winner',
      }),
      criteria: z.array(
        z.object({
          criterionId: Identifier,
          weightBp: z.int(),
          changedWhenRaised: z.number(),
          changedWhenLowered: z.number(),
        }),
      ),
    }),
    flipping: z.object({
      share: z.number().meta({
        description: 'Share of runs in which removing one non-winning bid changes the winner',
      }),
      byRemovedRank: z.array(z.object({ rank: z.int(), runs: z.int(), share: z.number() })),
    }),
    exactDecisions: z.int().meta({
      description: 'Decisions too close for floating point, recomputed with exact arithmetic',
    }),
    topsis: TopsisResult.nullable(),
  })
  .meta({ id: 'SimulateResponse', examples: [simulateExampleResponse] });
export type SimulateResponse = z.output<typeof SimulateResponse>;

export const simulateExample = { request, response: simulateExampleResponse };
