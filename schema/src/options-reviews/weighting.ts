import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { AhpResponse } from '../analysis/ahp.ts';
import { BasisPoints, Decimal, Identifier } from '../evaluation/common.ts';

const ids = {
  member: '5d7c2b1a-8e4f-4a6b-9c3d-2e1f0a9b8c7d',
  otherMember: '6e8d3c2b-9f5a-4b7c-8d4e-3f2a1b0c9d8e',
  adoption: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
};

/** How a member states the weights of one sibling set. */
export const weightSetMethods = ['directPoints', 'rankOrderCentroid', 'swing', 'ahp'] as const;
export const WeightSetMethod = z.enum(weightSetMethods).meta({
  id: 'WeightSetMethod',
  description:
    '`directPoints`: points or percentages, each weight its share; `rankOrderCentroid`: ranks, ' +
    'weighted by the rank-order centroid (Barron & Barrett 1996); `swing`: each swing from worst ' +
    'to best against the most important one at 100 points (von Winterfeldt & Edwards 1986); ' +
    '`ahp`: pairwise comparisons on Saaty’s scale 1–9, weighted by the principal eigenvector ' +
    '(Saaty 1980). All four are advisory aids to stating a weight set.',
});
export type WeightSetMethod = z.output<typeof WeightSetMethod>;

/** Which sibling set: the children of this group, or the top level when null. */
const ParentId = Identifier.nullable().meta({
  description: 'The group whose children are weighed; null for the top level of the award tree',
});

const SchemeVersionNumber = z
  .int()
  .min(1)
  .meta({
    description: 'The scheme version the weights are for; only the latest takes new weights',
    examples: [2],
  });

const MAX_ITEMS = 100;

/** One sibling set as a member weighs it, by one of the four methods. */
export const WeightSetEntry = z
  .discriminatedUnion('method', [
    z.strictObject({
      parentId: ParentId,
      method: z.literal('directPoints'),
      items: z
        .array(z.strictObject({ id: Identifier, points: Decimal.min(0).max(1_000_000) }))
        .min(1)
        .max(MAX_ITEMS),
    }),
    z.strictObject({
      parentId: ParentId,
      method: z.literal('rankOrderCentroid'),
      items: z
        .array(z.strictObject({ id: Identifier, rank: z.int().min(1).max(MAX_ITEMS) }))
        .min(1)
        .max(MAX_ITEMS),
    }),
    z.strictObject({
      parentId: ParentId,
      method: z.literal('swing'),
      items: z
        .array(z.strictObject({ id: Identifier, points: Decimal.min(0).max(100) }))
        .min(1)
        .max(MAX_ITEMS),
    }),
    z.strictObject({
      parentId: ParentId,
      method: z.literal('ahp'),
      items: z
        .array(z.strictObject({ id: Identifier }))
        .min(2)
        .max(15),
      judgements: z
        .array(z.array(z.number()).max(15))
        .max(15)
        .meta({
          description:
            'Row i, column j: how many times more important item i is than item j (Saaty’s ' +
            'scale 1 to 9, reciprocals for the reverse), rows in the order of `items`',
        }),
    }),
  ])
  .meta({ id: 'WeightSetEntry' });
export type WeightSetEntry = z.output<typeof WeightSetEntry>;

const third = 1 / 3;
const entryExamples = [
  {
    parentId: null,
    method: 'ahp',
    items: [{ id: 'price' }, { id: 'quality' }, { id: 'exit' }],
    judgements: [
      [1, third, 1],
      [3, 1, 3],
      [1, third, 1],
    ],
  },
  {
    parentId: 'quality',
    method: 'directPoints',
    items: [
      { id: 'security', points: 60 },
      { id: 'operations', points: 40 },
    ],
  },
] as const;

/** The caller's weight set for the latest scheme version: every sibling set of two or more. */
export const SaveWeightSetInput = z
  .strictObject({
    schemeVersion: SchemeVersionNumber,
    sets: z
      .array(WeightSetEntry)
      .min(1)
      .max(MAX_ITEMS)
      .meta({
        description:
          'One entry per sibling set of two or more nodes, each set once; a set of one node ' +
          'weighs 10,000 by itself',
      }),
  })
  .meta({ id: 'SaveWeightSetInput', examples: [{ schemeVersion: 2, sets: entryExamples }] });
export type SaveWeightSetInput = z.output<typeof SaveWeightSetInput>;

/** Node id to basis points; each sibling set sums to exactly 10,000. */
export const NodeWeights = z.record(Identifier, BasisPoints).meta({
  id: 'NodeWeights',
  description:
    'Basis points by award node id; each sibling set sums to exactly 10,000 (largest remainder)',
});
export type NodeWeights = z.output<typeof NodeWeights>;

/** The consistency of pairwise judgements, and which to reconsider when it is not acceptable. */
export const AhpConsistency = AhpResponse.pick({
  consistencyRatio: true,
  acceptable: true,
  randomIndexTable: true,
  inconsistentPairs: true,
}).meta({ id: 'AhpConsistency' });
export type AhpConsistency = z.output<typeof AhpConsistency>;

export const WeighedSiblingSet = z
  .strictObject({
    input: WeightSetEntry,
    weightsBp: NodeWeights,
    consistency: AhpConsistency.nullable().meta({ description: 'For `ahp` only; null otherwise' }),
  })
  .meta({ id: 'WeighedSiblingSet' });
export type WeighedSiblingSet = z.output<typeof WeighedSiblingSet>;

/** One member's current weight set; visible to every member of the review. */
export const MemberWeightSet = z
  .strictObject({
    userId: ResourceId,
    savedAt: Timestamp,
    sets: z.array(WeighedSiblingSet),
    weightsBp: NodeWeights.meta({ description: 'Every node of the award tree' }),
  })
  .meta({ id: 'MemberWeightSet' });
export type MemberWeightSet = z.output<typeof MemberWeightSet>;

export const SiblingSet = z
  .strictObject({
    parentId: ParentId,
    nodeIds: z.array(Identifier),
    schemeWeightsBp: NodeWeights.meta({ description: 'The weights the scheme version states' }),
  })
  .meta({ id: 'SiblingSet' });
export type SiblingSet = z.output<typeof SiblingSet>;

const Members = z.int().min(0).meta({ description: 'How many members the figure is based on' });

export const GroupSiblingSet = z
  .strictObject({
    parentId: ParentId,
    members: Members,
    weightsBp: NodeWeights.nullable().meta({ description: 'Null when no member contributes' }),
    consistency: AhpConsistency.nullable().meta({
      description: 'Of the aggregated judgements (geometric mean only); null otherwise',
    }),
  })
  .meta({ id: 'GroupSiblingSet' });
export type GroupSiblingSet = z.output<typeof GroupSiblingSet>;

export const GroupWeights = z
  .strictObject({
    sets: z.array(GroupSiblingSet),
    weightsBp: NodeWeights.nullable().meta({
      description: 'Every node, once every sibling set of two or more has a contribution',
    }),
  })
  .meta({ id: 'GroupWeights' });
export type GroupWeights = z.output<typeof GroupWeights>;

export const weightAdoptionKinds = ['geometricMean', 'mean', 'member', 'custom'] as const;
export const WeightAdoptionKind = z.enum(weightAdoptionKinds).meta({
  id: 'WeightAdoptionKind',
  description:
    '`geometricMean`: the AHP analysis of the members’ judgements combined cell by cell by the ' +
    'geometric mean (Aczél & Saaty 1983); `mean`: the arithmetic mean of the members’ weights; ' +
    '`member`: one member’s set; `custom`: weights given explicitly',
});
export type WeightAdoptionKind = z.output<typeof WeightAdoptionKind>;

const Reason = z
  .string()
  .trim()
  .min(1)
  .max(4_000)
  .meta({ description: 'Why the group adopts these weights; recorded with them' });

export const AdoptWeightsInput = z
  .strictObject({
    schemeVersion: SchemeVersionNumber,
    kind: WeightAdoptionKind,
    memberUserId: ResourceId.optional().meta({ description: 'For `member`: whose set' }),
    weightsBp: NodeWeights.optional().meta({ description: 'For `custom`: every node’s weight' }),
    reason: Reason,
  })
  .superRefine((input, ctx) => {
    if ((input.kind === 'member') !== (input.memberUserId !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['memberUserId'],
        message: 'Name the member for `member`, and only for it',
      });
    }
    if ((input.kind === 'custom') !== (input.weightsBp !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['weightsBp'],
        message: 'Give the weights for `custom`, and only for it',
      });
    }
  })
  .meta({
    id: 'AdoptWeightsInput',
    examples: [
      {
        schemeVersion: 2,
        kind: 'geometricMean',
        reason: 'Der Ausschuss übernimmt das geometrische Mittel der Paarvergleiche (CR 0,02).',
      },
    ],
  });
export type AdoptWeightsInput = z.output<typeof AdoptWeightsInput>;

export const WeightAdoption = z
  .strictObject({
    id: ResourceId,
    schemeVersion: SchemeVersionNumber,
    number: z.int().min(1).meta({ description: '1, 2, 3 … per scheme version' }),
    kind: WeightAdoptionKind,
    memberUserId: ResourceId.nullable(),
    weightsBp: NodeWeights,
    reason: z.string(),
    adoptedBy: ResourceId,
    adoptedAt: Timestamp,
  })
  .meta({ id: 'WeightAdoption' });
export type WeightAdoption = z.output<typeof WeightAdoption>;

const exampleWeights = {
  price: 2000,
  quality: 6000,
  exit: 2000,
  security: 6000,
  operations: 4000,
};

/**
 * The weighting of one scheme version: every member's set (not blind), the group's weights
 * computed on read, and the lead's adoptions, oldest first; the latest is the adopted one.
 */
export const WeightingResponse = z
  .strictObject({
    schemeVersion: SchemeVersionNumber,
    latestSchemeVersion: SchemeVersionNumber,
    siblingSets: z.array(SiblingSet),
    memberSets: z.array(MemberWeightSet),
    group: z.strictObject({ geometricMean: GroupWeights, mean: GroupWeights }),
    adoptions: z.array(WeightAdoption),
    adopted: WeightAdoption.nullable().meta({ description: 'The latest adoption; null before' }),
  })
  .meta({
    id: 'WeightingResponse',
    examples: [
      {
        schemeVersion: 2,
        latestSchemeVersion: 2,
        siblingSets: [
          {
            parentId: null,
            nodeIds: ['price', 'quality', 'exit'],
            schemeWeightsBp: { price: 3000, quality: 5000, exit: 2000 },
          },
          {
            parentId: 'quality',
            nodeIds: ['security', 'operations'],
            schemeWeightsBp: { security: 5000, operations: 5000 },
          },
        ],
        memberSets: [
          {
            userId: ids.member,
            savedAt: '2027-01-20T09:30:00.000Z',
            sets: [
              {
                input: entryExamples[0],
                weightsBp: { price: 2000, quality: 6000, exit: 2000 },
                consistency: {
                  consistencyRatio: 0,
                  acceptable: true,
                  randomIndexTable: 'saaty-2005',
                  inconsistentPairs: [],
                },
              },
              {
                input: entryExamples[1],
                weightsBp: { security: 6000, operations: 4000 },
                consistency: null,
              },
            ],
            weightsBp: exampleWeights,
          },
        ],
        group: {
          geometricMean: {
            sets: [
              {
                parentId: null,
                members: 1,
                weightsBp: { price: 2000, quality: 6000, exit: 2000 },
                consistency: {
                  consistencyRatio: 0,
                  acceptable: true,
                  randomIndexTable: 'saaty-2005',
                  inconsistentPairs: [],
                },
              },
              { parentId: 'quality', members: 0, weightsBp: null, consistency: null },
            ],
            weightsBp: null,
          },
          mean: {
            sets: [
              {
                parentId: null,
                members: 1,
                weightsBp: { price: 2000, quality: 6000, exit: 2000 },
                consistency: null,
              },
              {
                parentId: 'quality',
                members: 1,
                weightsBp: { security: 6000, operations: 4000 },
                consistency: null,
              },
            ],
            weightsBp: exampleWeights,
          },
        },
        adoptions: [
          {
            id: ids.adoption,
            schemeVersion: 2,
            number: 1,
            kind: 'mean',
            memberUserId: null,
            weightsBp: exampleWeights,
            reason: 'Der Ausschuss übernimmt das Mittel der Gewichtungen.',
            adoptedBy: ids.otherMember,
            adoptedAt: '2027-01-21T14:00:00.000Z',
          },
        ],
        adopted: {
          id: ids.adoption,
          schemeVersion: 2,
          number: 1,
          kind: 'mean',
          memberUserId: null,
          weightsBp: exampleWeights,
          reason: 'Der Ausschuss übernimmt das Mittel der Gewichtungen.',
          adoptedBy: ids.otherMember,
          adoptedAt: '2027-01-21T14:00:00.000Z',
        },
      },
    ],
  });
export type WeightingResponse = z.output<typeof WeightingResponse>;

export const WeightingQuery = z.strictObject({
  schemeVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ description: 'Which version’s weighting; the latest when left out', examples: [2] }),
});
export type WeightingQuery = z.output<typeof WeightingQuery>;
