import { z } from 'zod';
import { BasisPoints, Decimal, Identifier, LocalizedText } from './common.ts';

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

/**
 * The published decision criterion (Entscheidungskriterium) of the extended reference-value
 * method: inside the corridor the lowest price, the highest performance points, or the most
 * points in one named award criterion (a leaf or a group of the tree) decide (UfAB 2018).
 */
export const CorridorDecision = z
  .union([
    z.enum(tieBreaks),
    z.strictObject({
      /** The award criterion whose points decide; the bid with the most points ranks first. */
      criterionId: Identifier,
    }),
  ])
  .meta({ id: 'CorridorDecision' });
export type CorridorDecision = z.output<typeof CorridorDecision>;

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
      tieBreak: CorridorDecision,
    }),
    z.strictObject({
      /**
       * UfAB 2018, Medianmethode: each bid's performance points relative to the median of the
       * admitted bids' performance, and its price relative to their median price, weighted:
       * Z = 100 · (G_L · L / L_M + G_P · (2 − P / P_M)). A bid at both medians scores 100.
       */
      kind: z.literal('ufabMedian'),
      /** Performance points L of a bid meeting every award criterion fully. */
      performanceMaxPoints: z.int().min(1).max(1_000_000).default(1_000),
      /** G_L, the weight of performance, in basis points; price weighs the rest (G_P). */
      performanceWeightBp: BasisPoints.min(1).max(9_999),
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

/** The German Länder by their ISO 3166-2:DE codes. */
export const germanLaender = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type GermanLand = (typeof germanLaender)[number];

/**
 * Trigger thresholds (Aufgreifschwellen) of the abnormally-low check (§ 60 VgV, § 54 SektVO): a
 * price this many percent or more under the next higher bid, or under the median of the others,
 * asks for a clarification of the price; it never excludes by itself (VK Bund, VK 2-94/22). Only
 * Länder whose procurement law fixes a threshold are listed; every other Land takes the 20 % that
 * German review practice commonly applies. A scheme publishes the number it uses in
 * `abnormallyLowThresholdPercent`; this table is where an editor takes it from.
 */
export const abnormallyLowTriggers: {
  readonly default: AbnormallyLowTrigger;
  readonly byLand: Readonly<Partial<Record<GermanLand, AbnormallyLowTrigger>>>;
} = {
  default: { percent: 20, source: 'common review practice; no statutory threshold (§ 60 VgV)' },
  byLand: {
    // An offer at least 10 % below the next higher one has its calculation checked.
    ST: { percent: 10, source: '§ 14 Landesvergabegesetz Sachsen-Anhalt (LVG LSA)' },
  },
};

export interface AbnormallyLowTrigger {
  percent: number;
  /** Where the threshold comes from. */
  source: string;
}

/** The trigger threshold for a buyer in `land`: the Land's own, else the default of 20 %. */
export function abnormallyLowTriggerPercent(land?: GermanLand): number {
  return ((land && abnormallyLowTriggers.byLand[land]) || abnormallyLowTriggers.default).percent;
}
