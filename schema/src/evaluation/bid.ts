import { z } from 'zod';
import { CalendarDate, Decimal, Identifier, LocalizedText } from './common.ts';

/** The outcome of a pass/fail check, with the reason a reviewer reads. */
export const CheckOutcome = z.strictObject({
  met: z.boolean(),
  /** Met through the equivalent proof the requirement allows. */
  byEquivalent: z.boolean().default(false),
  note: z.string().trim().max(2_000).optional(),
});

/** One evaluator's individual score, kept to show divergence; never scored itself. */
export const IndividualScore = z.strictObject({
  evaluator: z.string().trim().min(1).max(100),
  score: z.int().min(0).max(10),
});

/**
 * The panel's consensus score of an ordinal leaf, with its justification: which qualities of the
 * offer earned this level against the published anchors (BGH, 4 April 2017, X ZB 3/17). The
 * evaluation refuses an ordinal score without one; what-if analyses (sensitivity, simulation) of
 * bids not yet scored accept it. Where individual scores were recorded, the schema itself
 * requires it: it is what a reviewer reads when the scores differ.
 */
export const OrdinalAssessment = z
  .strictObject({
    kind: z.literal('ordinal'),
    score: z.int().min(0).max(10),
    /** Why the offer earned this score, against the published anchors. */
    justification: LocalizedText.optional(),
    individual: z.array(IndividualScore).max(20).default([]),
  })
  .refine((assessment) => assessment.individual.length === 0 || assessment.justification, {
    message: 'A consensus score over individual scores needs a justification',
    path: ['justification'],
  });

export const MetricAssessment = z.strictObject({ kind: z.literal('metric'), value: Decimal });

/** An attestation or certificate the bid relies on, as the buyer verified it. */
export const Evidence = z.strictObject({
  scheme: Identifier,
  type: Identifier.optional(),
  /** Whether its scope covers the offered service (not only some other service of the vendor). */
  coversOfferedService: z.boolean(),
  validFrom: CalendarDate,
  validUntil: CalendarDate,
});
export type Evidence = z.output<typeof Evidence>;

export const AttestationAssessment = z.strictObject({
  kind: z.literal('attestation'),
  evidence: z.array(Evidence).max(30),
});

export const LeafAssessment = z.discriminatedUnion('kind', [
  OrdinalAssessment,
  MetricAssessment,
  AttestationAssessment,
]);

export const LifeCycleCostInput = z.strictObject({
  oneOff: Decimal,
  migrationIn: Decimal,
  /** One value for every year, or one value per year of the term. */
  recurringPerYear: z.union([Decimal, z.array(Decimal).max(50)]),
  egressPerYear: Decimal,
  exit: Decimal,
});

export const BidPrice = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('totalPrice'), amount: Decimal }),
  z.strictObject({ kind: z.literal('lifeCycleCost'), costs: LifeCycleCostInput }),
]);

/** A map from criterion ids, bounded like the scheme's lists. */
const byCriterion = <T extends z.ZodType>(value: T) =>
  z.record(Identifier, value).refine((map) => Object.keys(map).length <= 300, {
    message: 'At most 300 entries',
  });

/** A bid as evaluated: checks, the assessment of every award leaf, and its price. */
export const EvaluatedBid = z
  .strictObject({
    id: Identifier,
    /** Per exclusion ground: met when no ground applies (or self-cleaning was accepted). */
    exclusionGrounds: byCriterion(CheckOutcome).optional(),
    restrictedRequirements: byCriterion(CheckOutcome).optional(),
    suitability: byCriterion(CheckOutcome).default({}),
    minimumRequirements: byCriterion(CheckOutcome).default({}),
    /** Each contract condition accepted by declaration. */
    conditionsAccepted: byCriterion(z.boolean()).default({}),
    assessments: byCriterion(LeafAssessment).default({}),
    price: BidPrice,
  })
  .meta({ id: 'EvaluatedBid' });
export type EvaluatedBid = z.output<typeof EvaluatedBid>;
