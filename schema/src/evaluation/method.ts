import { z } from 'zod';
import { Decimal, LocalizedText } from './common.ts';

export const PriceFormula = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('lowestPriceRatio') }),
    z.strictObject({
      kind: z.literal('oneSidedLinear'),
      /** k: the price earning zero points, as a multiple of the lowest price; above 1. */
      zeroAtMultiple: Decimal,
    }),
    z.strictObject({ kind: z.literal('twoSidedLinear') }),
  ])
  .meta({ id: 'PriceFormula' });

/** What the reference-value methods publish besides the tree: scales and the implied weighting. */
const ratioParameters = {
  /** The weighting of price against performance that the ratio implies, in words. */
  impliedWeighting: LocalizedText,
  /** Performance points L of a bid meeting every award criterion fully. */
  performanceMaxPoints: z.int().min(1).max(1_000_000).default(1_000),
  /** Z is stated in performance points per this many currency units, so it reads as a number. */
  ratioPerCurrencyUnits: z.int().min(1).max(1_000_000_000).default(1_000),
};

export const tieBreaks = ['lowestPrice', 'highestPerformance'] as const;

export const EvaluationMethod = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('weightedSum'),
      /** How the price leaf earns its points. */
      priceFormula: PriceFormula,
    }),
    z.strictObject({
      kind: z.literal('ufabSimple'),
      ...ratioParameters,
    }),
    z.strictObject({
      kind: z.literal('ufabExtended'),
      ...ratioParameters,
      /** Bids whose ratio is at most this many percent below the best are in the corridor. */
      corridorPercent: Decimal.gt(0).max(10),
      /** What decides inside the corridor. */
      tieBreak: z.enum(tieBreaks),
    }),
  ])
  .meta({ id: 'EvaluationMethod' });
export type EvaluationMethod = z.output<typeof EvaluationMethod>;

/** What "price" means for this scheme: the total offered price, or a life-cycle cost. */
export const PriceBasis = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('totalPrice') }),
    z.strictObject({
      kind: z.literal('lifeCycleCost'),
      termYears: z.int().min(1).max(50),
      /** Yearly discount rate for the net present value (e.g. 0.03); absent: undiscounted. */
      discountRate: Decimal.min(0).max(1).optional(),
    }),
  ])
  .meta({ id: 'PriceBasis' });
