// Request and response schemas of the exact weighting methods beside AHP:
// POST /api/v1/analysis/swing, /rank-order-centroid and /direct-points.
import { z } from 'zod';
import { BasisPoints, Decimal, Identifier } from '../evaluation/common.ts';

/** How many items one weighting takes: a sibling set of an award tree. */
const MAX_WEIGHTED_ITEMS = 100;

const items = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1).max(MAX_WEIGHTED_ITEMS).meta({
    description: 'The items to weigh, e.g. the criteria of one sibling set; ids unique',
  });

export const weightingMethods = ['swing', 'rankOrderCentroid', 'directPoints'] as const;

const swingExample = {
  request: {
    items: [
      { id: 'price', points: 100 },
      { id: 'security', points: 80 },
      { id: 'exit', points: 50 },
      { id: 'desk', points: 20 },
    ],
  },
  // 250 points in all: 100/250, 80/250, 50/250, 20/250.
  response: {
    method: 'swing',
    weights: { price: 0.4, security: 0.32, exit: 0.2, desk: 0.08 },
    weightsBp: { price: 4000, security: 3200, exit: 2000, desk: 800 },
  },
};

const rankOrderExample = {
  request: {
    items: [
      { id: 'sovereignty', rank: 1 },
      { id: 'security', rank: 2 },
      { id: 'exit', rank: 2 },
      { id: 'price', rank: 3 },
    ],
  },
  // ROC for four positions: 25/48, 13/48, 7/48, 3/48; the tied second and third share
  // (13 + 7)/96 = 5/24 each. Three remainders of 1/3 basis point: the one left over goes to the
  // largest weight.
  response: {
    method: 'rankOrderCentroid',
    weights: { sovereignty: 0.520833, security: 0.208333, exit: 0.208333, price: 0.0625 },
    weightsBp: { sovereignty: 5209, security: 2083, exit: 2083, price: 625 },
  },
};

const directPointsExample = {
  request: {
    items: [
      { id: 'SOV-1', points: 15 },
      { id: 'SOV-2', points: 10 },
      { id: 'SOV-3', points: 10 },
      { id: 'SOV-4', points: 15 },
    ],
  },
  response: {
    method: 'directPoints',
    weights: { 'SOV-1': 0.3, 'SOV-2': 0.2, 'SOV-3': 0.2, 'SOV-4': 0.3 },
    weightsBp: { 'SOV-1': 3000, 'SOV-2': 2000, 'SOV-3': 2000, 'SOV-4': 3000 },
  },
};

export const SwingWeightsRequest = z
  .strictObject({
    items: items(
      z.strictObject({
        id: Identifier,
        points: Decimal.min(0)
          .max(100)
          .meta({
            description:
              'What the swing of this item from its worst to its best level is worth, with the ' +
              'most important swing at 100',
          }),
      }),
    ),
  })
  .meta({ id: 'SwingWeightsRequest', examples: [swingExample.request] });
export type SwingWeightsRequest = z.output<typeof SwingWeightsRequest>;

export const RankOrderWeightsRequest = z
  .strictObject({
    items: items(
      z.strictObject({
        id: Identifier,
        rank: z.int().min(1).max(MAX_WEIGHTED_ITEMS).meta({
          description: '1 is the most important; equal ranks are ties; only the order matters',
        }),
      }),
    ),
  })
  .meta({ id: 'RankOrderWeightsRequest', examples: [rankOrderExample.request] });
export type RankOrderWeightsRequest = z.output<typeof RankOrderWeightsRequest>;

export const DirectPointsWeightsRequest = z
  .strictObject({
    items: items(
      z.strictObject({
        id: Identifier,
        points: Decimal.min(0).max(1_000_000).meta({
          description: 'Points or a percentage as entered; only the proportions matter',
        }),
      }),
    ),
  })
  .meta({ id: 'DirectPointsWeightsRequest', examples: [directPointsExample.request] });
export type DirectPointsWeightsRequest = z.output<typeof DirectPointsWeightsRequest>;

export const WeightsResponse = z
  .object({
    method: z.enum(weightingMethods),
    weights: z.record(Identifier, z.number()).meta({
      description: 'Each item’s exact share of the whole, rounded half to even to six decimals',
    }),
    weightsBp: z.record(Identifier, BasisPoints).meta({
      description:
        'The exact shares in whole basis points, summing to exactly 10,000 (largest remainder)',
    }),
  })
  .meta({ id: 'WeightsResponse', examples: [swingExample.response] });
export type WeightsResponse = z.output<typeof WeightsResponse>;

/** The worked examples; a test checks the API answers exactly these. */
export const weightsExamples = {
  swing: swingExample,
  rankOrderCentroid: rankOrderExample,
  directPoints: directPointsExample,
};
