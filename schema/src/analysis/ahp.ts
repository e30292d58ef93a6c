import { z } from 'zod';
import { BasisPoints, Identifier } from '../evaluation/common.ts';

const third = 1 / 3;

/**
 * The tables of Saaty's random index RI(n), the mean consistency index of random reciprocal
 * matrices, that CR = CI/RI can be computed against (sources in
 * api/src/engine/weighting/ahp/consistency.ts and docs/decisions/0020-ahp-random-index-table.md):
 * - `saaty-1980`: Saaty, The Analytic Hierarchy Process (1980), RI(3) = 0.58; what most tools use.
 * - `saaty-2005`: Saaty's later table, Theory and Applications of the Analytic Network Process
 *   (2005), also in Saaty & Tran (2007), RI(3) = 0.52. The default.
 * - `alonso-lamata-2006`: Alonso & Lamata (2006), from 100,000 matrices per size, RI(3) = 0.5245.
 */
export const randomIndexTables = ['saaty-1980', 'saaty-2005', 'alonso-lamata-2006'] as const;
export const defaultRandomIndexTable = 'saaty-2005' satisfies (typeof randomIndexTables)[number];

export const RandomIndexTable = z.enum(randomIndexTables).meta({
  id: 'RandomIndexTable',
  description:
    'The table of random indices RI(n) the consistency ratio is computed against: `saaty-1980` ' +
    '(Saaty 1980, RI(3) = 0.58, the table most tools use), `saaty-2005` (Saaty’s later table, ' +
    '2005/2007, RI(3) = 0.52; the default of a request) or `alonso-lamata-2006` (Alonso & ' +
    'Lamata 2006, RI(3) = 0.5245). A matrix near CR = 0.10 can be acceptable under one and not ' +
    'another.',
});
export type RandomIndexTable = z.output<typeof RandomIndexTable>;

/** A worked example: four award criteria, judged a little inconsistently. */
const example = {
  request: {
    items: [{ id: 'sovereignty' }, { id: 'security' }, { id: 'price' }, { id: 'exit' }],
    judgements: [
      [1, 2, 3, 5],
      [0.5, 1, 2, 3],
      [third, 0.5, 1, third],
      [0.2, third, 3, 1],
    ],
  },
  response: {
    weights: { sovereignty: 0.478966, security: 0.268661, price: 0.103362, exit: 0.149011 },
    weightsBp: { sovereignty: 4790, security: 2686, price: 1034, exit: 1490 },
    lambdaMax: 4.324792,
    consistencyIndex: 0.108264,
    randomIndex: 0.89,
    randomIndexTable: 'saaty-2005',
    consistencyRatio: 0.121645,
    acceptable: false,
    inconsistentPairs: [
      { rowId: 'exit', columnId: 'price', given: 3, implied: 1.44165, deviation: 0.732824 },
      { rowId: 'security', columnId: 'exit', given: 3, implied: 1.802954, deviation: 0.509186 },
      { rowId: 'sovereignty', columnId: 'exit', given: 5, implied: 3.214293, deviation: 0.44183 },
      { rowId: 'sovereignty', columnId: 'price', given: 3, implied: 4.633885, deviation: 0.434783 },
      { rowId: 'security', columnId: 'price', given: 2, implied: 2.599228, deviation: 0.262067 },
    ],
    judges: null,
  },
};

const PairwiseJudgements = z
  .array(z.array(z.number()).max(15))
  .max(15)
  .meta({
    id: 'PairwiseJudgements',
    description:
      'Row i, column j: how many times more important item i is than item j, on Saaty’s scale ' +
      '1 (equal) to 9 (extreme), reciprocals for the reverse. One row per item, in the order of ' +
      '`items`; the diagonal is 1 and a_ji = 1/a_ij (rounded decimals such as 0.33 are accepted ' +
      'within 5% and reconciled by the geometric mean of the pair).',
    examples: [example.request.judgements],
  });

export const AhpRequest = z
  .strictObject({
    items: z
      .array(z.strictObject({ id: Identifier }))
      .min(2)
      .max(15)
      .meta({ description: 'The items to weigh, e.g. the criteria of one sibling set' }),
    judgements: PairwiseJudgements.optional().meta({
      description: 'One person’s judgements. Give either this or `judges`.',
    }),
    judges: z
      .array(z.strictObject({ id: Identifier, judgements: PairwiseJudgements }))
      .min(1)
      .max(50)
      .optional()
      .meta({
        description:
          'A group’s judgements, one matrix per judge, combined cell by cell by the geometric ' +
          'mean (Aczél & Saaty 1983) before the analysis. Give either this or `judgements`.',
      }),
    randomIndexTable: RandomIndexTable.default(defaultRandomIndexTable),
  })
  .superRefine((input, ctx) => {
    if ((input.judgements === undefined) === (input.judges === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: input.judges === undefined ? ['judgements'] : ['judges'],
        message: 'Give either `judgements` (one person) or `judges` (a group), not both or neither',
      });
    }
    const duplicate = (ids: string[]) => ids.findIndex((id, i) => ids.indexOf(id) !== i);
    const item = duplicate(input.items.map(({ id }) => id));
    if (item >= 0) {
      ctx.addIssue({ code: 'custom', path: ['items', item, 'id'], message: 'Duplicate item id' });
    }
    const judge = duplicate((input.judges ?? []).map(({ id }) => id));
    if (judge >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['judges', judge, 'id'],
        message: 'Duplicate judge id',
      });
    }
  })
  .meta({ id: 'AhpRequest', examples: [example.request] });
export type AhpRequest = z.output<typeof AhpRequest>;

const ItemDecimals = z.record(Identifier, z.number());

export const AhpResponse = z
  .object({
    weights: ItemDecimals.meta({
      description: 'Priorities by item id: the principal eigenvector, six decimals',
    }),
    weightsBp: z.record(Identifier, BasisPoints).meta({
      description:
        'The published priorities in whole basis points, summing to exactly 10,000 (largest remainder)',
    }),
    lambdaMax: z.number().meta({ description: 'The principal eigenvalue λmax' }),
    consistencyIndex: z.number().meta({ description: 'CI = (λmax − n)/(n − 1)' }),
    randomIndex: z
      .number()
      .meta({ description: 'The random index RI(n) of the table named in `randomIndexTable`' }),
    randomIndexTable: RandomIndexTable,
    consistencyRatio: z.number().meta({ description: 'CR = CI/RI; 0 for two items' }),
    acceptable: z.boolean().meta({ description: 'CR ≤ 0.10 (Saaty)' }),
    inconsistentPairs: z
      .array(
        z.object({
          rowId: Identifier.meta({ description: 'The item the judgement favours' }),
          columnId: Identifier,
          given: z.number().meta({ description: 'The judgement, at least 1' }),
          implied: z.number().meta({ description: 'The ratio of the two priorities' }),
          deviation: z.number().meta({ description: '|ln(given / implied)|' }),
        }),
      )
      .meta({
        description:
          'When not acceptable: up to five judgements furthest from the ratio of the priorities, ' +
          'worst first; reconsider the first and compute again. Empty when acceptable.',
      }),
    judges: z
      .array(z.object({ id: Identifier, consistencyRatio: z.number(), acceptable: z.boolean() }))
      .nullable()
      .meta({ description: 'For a group, each judge’s own consistency; null for one person' }),
  })
  .meta({ id: 'AhpResponse', examples: [example.response] });
export type AhpResponse = z.output<typeof AhpResponse>;

export const ahpExample = example;
