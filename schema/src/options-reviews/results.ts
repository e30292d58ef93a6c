import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { EvaluateResponse } from '../analysis/evaluate.ts';
import { NodeSensitivity, SmaaResult } from '../analysis/sensitivity.ts';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { PriceFormula } from '../evaluation/method.ts';
import { resultsExample } from './results-example.ts';
import { WeightAdoptionKind } from './weighting.ts';

const Share = z.number().min(0).max(1);

/** An advisory part of the results: never the engine's ranking, always labelled as such. */
const advisory = {
  advisory: z.literal(true),
  note: LocalizedText.meta({ description: 'What the method is, and that it only advises' }),
};

/** A node of the award tree as the results name it: title and weights. */
export const ResultsCriterion = z
  .object({
    id: Identifier,
    parentId: Identifier.nullable(),
    kind: z.enum(['group', 'ordinal', 'metric', 'attestation', 'price']),
    title: LocalizedText,
    weightBp: z.int().meta({ description: 'Share of its sibling set, in basis points' }),
    weightPercent: z.number().meta({
      description: 'Effective weight: its share of the whole tree in percent, four decimals',
    }),
  })
  .meta({ id: 'ResultsCriterion' });

/** A pass/fail criterion that the results do not judge, named so nobody takes it as met. */
export const UnjudgedCriterion = z
  .object({
    criterionId: Identifier,
    legalType: z.enum(['exclusion', 'restricted', 'suitability', 'minimum', 'condition']),
    title: LocalizedText,
  })
  .meta({ id: 'UnjudgedCriterion' });

export const PriceFormulaRobustness = z
  .object({
    ...advisory,
    formulas: z.array(
      z.object({
        formula: PriceFormula,
        published: z.boolean().meta({ description: 'The formula the scheme itself uses' }),
        ranking: z.array(z.object({ optionId: ResourceId, rank: z.int().min(1).nullable() })),
        sameWinner: z.boolean(),
        sameOrder: z.boolean(),
      }),
    ),
    preview: z
      .object({
        prices: z.array(z.number()),
        formulas: z.array(z.object({ formula: PriceFormula, points: z.array(z.number()) })),
      })
      .meta({
        description:
          'Points of the price criterion at each price of the options’ range, per formula, for an option joining the others’ prices',
      }),
  })
  .meta({ id: 'PriceFormulaRobustness' });

export const TopsisAdvice = z
  .object({
    ...advisory,
    ranking: z.array(z.object({ optionId: ResourceId, rank: z.int().min(1), closeness: Share })),
  })
  .meta({ id: 'TopsisAdvice' });

export const SmaaAdvice = z
  .object({
    ...advisory,
    ...SmaaResult.shape,
  })
  .meta({ id: 'SmaaAdvice' });

/**
 * What the client needs to re-rank for other weights without the server: the admitted options'
 * share of each leaf's points earned (floating point, from the exact engine), each node's
 * published share of its sibling set, and the figures the published rule breaks ties with.
 * Score = rowFactor · Σ leaf weight · share, where a leaf's weight is the product of the shares
 * on its path.
 */
export const WhatIfModel = z
  .object({
    nodes: z.array(
      z.object({
        id: Identifier,
        parentId: Identifier.nullable(),
        share: Share,
        column: z
          .int()
          .min(-1)
          .meta({ description: 'Column of a leaf in `shares`; −1 for a group' }),
      }),
    ),
    criterionIds: z.array(Identifier),
    optionIds: z
      .array(ResourceId)
      .meta({ description: 'Admitted options in the exact engine’s rank order' }),
    shares: z.array(z.array(Share)).meta({ description: 'Options × leaves' }),
    rowFactor: z.array(z.number().nullable()).meta({
      description:
        'Per option; null where a price of zero or below makes Z unbounded (ranks first)',
    }),
    priceColumn: z.int().min(-1),
    price: z.array(z.number()),
    corridor: z
      .object({
        fraction: z.number(),
        decidedBy: z.enum(['lowestPrice', 'highestPerformance']),
      })
      .nullable(),
  })
  .meta({ id: 'WhatIfModel' });
export type WhatIfModel = z.output<typeof WhatIfModel>;

/**
 * The computed results of one scheme version: a pure function of the scheme, the options' offers
 * and the consensus scores, byte for byte the same for the same inputs.
 */
export const ResultsFigures = z.object({
  options: z.array(
    z.object({ id: ResourceId, name: z.string(), vendorName: z.string().nullable() }),
  ),
  criteria: z.array(ResultsCriterion),
  unjudged: z.array(UnjudgedCriterion).meta({
    description:
      'Pass/fail criteria of the scheme that an options review records no outcome for: they are not taken as grounds to exclude, and must be checked against the options’ answers',
  }),
  evaluation: EvaluateResponse.meta({
    description:
      'The exact engine’s result: bids are the options (by id), ordinal scores the consensus; excluded options with their reasons',
  }),
  notAnalysable: z.string().nullable().meta({
    description:
      'Why stability, SMAA, the what-if model and TOPSIS are not available for this scheme’s method (null when they are)',
  }),
  stability: z
    .object({
      noClearWinner: z.boolean(),
      margin: z.number(),
      criteria: z.array(NodeSensitivity),
    })
    .nullable(),
  smaa: SmaaAdvice.nullable(),
  priceFormulas: PriceFormulaRobustness.nullable(),
  topsis: TopsisAdvice.nullable(),
  whatIf: WhatIfModel.nullable(),
});
export type ResultsFigures = z.output<typeof ResultsFigures>;

/**
 * Whose weights the results use: the scheme version's own until the lead adopts weights for it,
 * then the latest adoption (ADR 0026), named so the ranking can be traced to who set them.
 */
export const ResultsWeights = z
  .discriminatedUnion('source', [
    z.strictObject({ source: z.literal('scheme') }),
    z.strictObject({
      source: z.literal('adopted'),
      adoptionId: ResourceId,
      kind: WeightAdoptionKind,
      reason: z.string(),
      adoptedBy: ResourceId,
      adoptedAt: Timestamp,
    }),
  ])
  .meta({ id: 'ResultsWeights' });
export type ResultsWeights = z.output<typeof ResultsWeights>;

export const OptionsReviewResults = z
  .object({
    reviewId: ResourceId,
    schemeVersion: z.int().min(1),
    latestSchemeVersion: z.int().min(1),
    weights: ResultsWeights,
    ...ResultsFigures.shape,
  })
  .meta({ id: 'OptionsReviewResults', examples: [resultsExample] });
export type OptionsReviewResults = z.output<typeof OptionsReviewResults>;

export const ResultsQuery = z.strictObject({
  schemeVersion: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({
      description:
        'Which scheme version; the latest when left out, and for a concluded review the version it concluded on',
      examples: [2],
    }),
});
export type ResultsQuery = z.output<typeof ResultsQuery>;
