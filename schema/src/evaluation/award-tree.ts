import { z } from 'zod';
import { BasisPoints, Decimal, Identifier, LocalizedText } from './common.ts';

/**
 * What an award criterion is about. Award criteria must relate to the offered service, its price
 * or cost, or the staff assigned to it (Art. 67 (2) Directive 2014/24/EU); `company` exists so a
 * wrongly placed suitability criterion is named and refused instead of silently scored.
 */
export const criterionSubjects = ['service', 'price', 'staff', 'company'] as const;

const nodeBase = {
  id: Identifier,
  /** The group this node belongs to; null for the top level under the root. */
  parentId: Identifier.nullable(),
  title: LocalizedText,
  /** Share of its sibling set, in basis points. */
  weightBp: BasisPoints,
};

export const AwardGroup = z
  .strictObject({ ...nodeBase, kind: z.literal('group') })
  .meta({ id: 'AwardGroup' });

export const ordinalScales = [5, 10] as const;

/** A score on a published scale 0…5 or 0…10 with a verbal anchor for every level. */
export const OrdinalLeaf = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('ordinal'),
    subject: z.enum(criterionSubjects),
    scale: z.union([z.literal(5), z.literal(10)]),
    /** One anchor per level, from 0 up to the scale's top. */
    anchors: z.array(LocalizedText).max(11),
    /** Below this score the bid is excluded (CJEU C-546/16). */
    minimumScore: z.int().min(0).max(10).optional(),
  })
  .meta({ id: 'OrdinalLeaf' });

export const directions = ['benefit', 'cost'] as const;

export const UtilityFunction = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('linear'),
      /** Value earning nothing; beyond it, still nothing. */
      worst: Decimal,
      /** Value earning everything; beyond it, still everything. */
      best: Decimal,
    }),
    z.strictObject({
      kind: z.literal('threshold'),
      direction: z.enum(directions),
      /** Reaching it (at least for benefit, at most for cost) earns everything, else nothing. */
      threshold: Decimal,
    }),
    z.strictObject({
      kind: z.literal('steps'),
      direction: z.enum(directions),
      /** From each `from` value on (upwards for benefit, downwards for cost), the share earned. */
      steps: z
        .array(z.strictObject({ from: Decimal, share: Decimal.min(0).max(1) }))
        .min(1)
        .max(20),
    }),
  ])
  .meta({ id: 'UtilityFunction' });

/** A measured value (availability, response time …) turned into a share by a utility function. */
export const MetricLeaf = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('metric'),
    subject: z.enum(criterionSubjects),
    unit: z.string().trim().min(1).max(40),
    utility: UtilityFunction,
  })
  .meta({ id: 'MetricLeaf' });

/** Points for an attestation or certificate of a given scheme and type covering the service. */
export const AttestationRule = z.strictObject({
  scheme: Identifier.meta({ examples: ['bsi-c5', 'iso-27001'] }),
  /** e.g. `type1`, `type2`; absent: any type of the scheme. */
  type: Identifier.optional(),
  points: z.int().min(0).max(100),
});

export const AttestationLeaf = z
  .strictObject({
    ...nodeBase,
    kind: z.literal('attestation'),
    subject: z.enum(criterionSubjects),
    rules: z.array(AttestationRule).min(1).max(30),
  })
  .meta({ id: 'AttestationLeaf' });

/** The price or life-cycle cost; scored by the evaluation method's formula. */
export const PriceLeaf = z
  .strictObject({ ...nodeBase, kind: z.literal('price') })
  .meta({ id: 'PriceLeaf' });

export const AwardNode = z
  .discriminatedUnion('kind', [AwardGroup, OrdinalLeaf, MetricLeaf, AttestationLeaf, PriceLeaf])
  .meta({ id: 'AwardNode' });
export type AwardNode = z.output<typeof AwardNode>;
export type AwardLeaf = Exclude<AwardNode, { kind: 'group' }>;
