// Request and response schemas of POST /api/v1/analysis/sensitivity.
import { z } from 'zod';
import { EvaluatedBid } from '../evaluation/bid.ts';
import { CalendarDate, Identifier } from '../evaluation/common.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { evaluateExample } from './evaluate-example.ts';

export const SmaaSampling = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('simplex') }).meta({
      description:
        'Weights uniform on the whole simplex (non-negative, summing to one): no preference at all',
    }),
    z.strictObject({
      kind: z.literal('aroundPublished'),
      /** Each weight uniform within ±percent of its published value, then renormalised. */
      percent: z.number().gt(0).max(100),
    }),
  ])
  .meta({ id: 'SmaaSampling' });

export const SmaaRequest = z.strictObject({
  samples: z.int().min(100).max(20_000),
  /** The same seed gives the same numbers. */
  seed: z.int().min(0).max(4_294_967_295),
  sampling: SmaaSampling,
});

const [bidA, bidB] = evaluateExample.request.bids;
const exampleRequest = {
  scheme: evaluateExample.request.scheme,
  bids: [
    bidA!,
    bidB!,
    {
      ...bidA!,
      id: 'bid-c',
      assessments: { concept: { kind: 'ordinal', score: 3 } },
      price: { kind: 'totalPrice', amount: 90000 },
    },
  ],
  margin: 5,
  smaa: { samples: 2000, seed: 2027, sampling: { kind: 'aroundPublished', percent: 40 } },
};

const exampleResponse = {
  method: 'weightedSum',
  excluded: [],
  // Concept share t, price 1 − t; price shares 0.9, 0.72, 1: a = 90 − 10t, b = 72 + 28t,
  // c = 100 − 40t. b stays first for t ≥ 18/38 (against a) and t ≥ 28/68 (against c).
  ranking: [
    { bidId: 'bid-b', score: 88.8 },
    { bidId: 'bid-a', score: 84 },
    { bidId: 'bid-c', score: 76 },
  ],
  noClearWinner: true,
  margin: 5,
  criteria: [
    {
      nodeId: 'concept',
      kind: 'leaf',
      share: 0.6,
      parentWeight: 1,
      stable: { from: 0.473684, to: 1 },
      swaps: [
        { above: 'bid-b', below: 'bid-a', atShare: 0.473684 },
        { above: 'bid-a', below: 'bid-c', atShare: 0.333333 },
      ],
    },
    {
      nodeId: 'price',
      kind: 'leaf',
      share: 0.4,
      parentWeight: 1,
      stable: { from: 0, to: 0.526316 },
      swaps: [
        { above: 'bid-b', below: 'bid-a', atShare: 0.526316 },
        { above: 'bid-a', below: 'bid-c', atShare: 0.666667 },
      ],
    },
  ],
  smaa: {
    samples: 2000,
    seed: 2027,
    sampling: { kind: 'aroundPublished', percent: 40 },
    acceptability: [
      { bidId: 'bid-b', ranks: [0.9275, 0.067, 0.0055] },
      { bidId: 'bid-a', ranks: [0.0725, 0.9275, 0] },
      { bidId: 'bid-c', ranks: [0, 0.0055, 0.9945] },
    ],
    centralWeights: [
      {
        bidId: 'bid-b',
        weights: [
          { criterionId: 'concept', weight: 0.611464 },
          { criterionId: 'price', weight: 0.388536 },
        ],
      },
      {
        bidId: 'bid-a',
        weights: [
          { criterionId: 'concept', weight: 0.446062 },
          { criterionId: 'price', weight: 0.553938 },
        ],
      },
      { bidId: 'bid-c', weights: null },
    ],
  },
};

export const SensitivityRequest = z
  .strictObject({
    scheme: EvaluationScheme,
    bids: z.array(EvaluatedBid).min(1).max(200),
    /** The day attestations are judged on; default the scheme's submission deadline. */
    referenceDate: CalendarDate.optional(),
    /** The evaluation's top two within this many points (weighted sum) or of Z (UfAB): no clear winner. */
    margin: z.number().min(0).max(1_000_000).default(1),
    smaa: SmaaRequest.optional(),
  })
  .meta({ id: 'SensitivityRequest', examples: [exampleRequest] });
export type SensitivityRequest = z.output<typeof SensitivityRequest>;

const Share = z.number().min(0).max(1);

export const NodeSensitivity = z
  .object({
    nodeId: Identifier,
    kind: z.enum(['leaf', 'group']),
    share: Share.meta({ description: 'Published share of its sibling set' }),
    parentWeight: Share.meta({
      description: 'Effective weight of its parent (1 at the top level); share × this = its weight',
    }),
    stable: z.object({ from: Share, to: Share }).meta({
      description:
        'The share of its sibling set, siblings rescaled proportionally, within which the bid the evaluation ranks first stays first',
    }),
    swaps: z
      .array(z.object({ above: Identifier, below: Identifier, atShare: Share.nullable() }))
      .meta({
        description:
          'For each pair of adjacent ranks of the evaluation, the share nearest the published one at which they change places; null: nowhere in [0, 1]',
      }),
  })
  .meta({ id: 'NodeSensitivity' });

export const SmaaResult = z
  .object({
    samples: z.int(),
    seed: z.int(),
    sampling: SmaaSampling,
    acceptability: z.array(z.object({ bidId: Identifier, ranks: z.array(Share) })).meta({
      description:
        'Per bid, the share of samples in which it takes rank 1, 2, …; bids tied in a sample share the ranks they hold together equally',
    }),
    centralWeights: z
      .array(
        z.object({
          bidId: Identifier,
          weights: z
            .array(z.object({ criterionId: Identifier, weight: Share }))
            .nullable()
            .meta({ description: 'Null for a bid that never ranks first' }),
        }),
      )
      .meta({
        description: 'Per bid, the mean leaf weights of the samples in which it ranks first',
      }),
  })
  .meta({ id: 'SmaaResult' });

export const SensitivityResponse = z
  .object({
    method: z.enum(['weightedSum', 'ufabSimple', 'ufabExtended']),
    excluded: z.array(Identifier).meta({ description: 'Bids excluded, and so not analysed' }),
    ranking: z
      .array(
        z.object({
          bidId: Identifier,
          score: z.number().nullable().meta({
            description:
              'Points (weighted sum) or Z (UfAB); null where a price of zero or below leaves Z without a value',
          }),
        }),
      )
      .meta({
        description:
          'The admitted bids in the order the evaluation ranks them (its tie-breaks and, under the extended method, its corridor), with their floating-point scores at the published weights; in a near tie decided below the published digits the first may have the lower score',
      }),
    noClearWinner: z.boolean(),
    margin: z.number(),
    criteria: z.array(NodeSensitivity).meta({
      description: 'Every criterion and group that has siblings, in tree order',
    }),
    smaa: SmaaResult.nullable(),
  })
  .meta({ id: 'SensitivityResponse', examples: [exampleResponse] });
export type SensitivityResponse = z.output<typeof SensitivityResponse>;

/** The worked example of the sensitivity endpoint; a test checks the API answers exactly this. */
export const sensitivityExample = { request: exampleRequest, response: exampleResponse };
