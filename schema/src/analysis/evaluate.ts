import { z } from 'zod';
import { EvaluatedBid } from '../evaluation/bid.ts';
import { CalendarDate, Decimal, Identifier } from '../evaluation/common.ts';
import { EvaluationScheme } from '../evaluation/scheme.ts';
import { evaluateExample } from './evaluate-example.ts';

export const EvaluateRequest = z
  .strictObject({
    scheme: EvaluationScheme,
    bids: z.array(EvaluatedBid).max(200),
    /**
     * The day attestations are judged on. It is the scheme's published submission deadline and
     * cannot be moved (equal treatment, § 97 (2) GWB): any other date is refused.
     */
    referenceDate: CalendarDate.optional(),
    /**
     * The order drawn by lot (Losentscheid) among bids that are otherwise tied, to record its
     * outcome in a re-run.
     */
    drawOrder: z.array(Identifier).max(200).optional(),
    /** The buyer's estimate of the contract value, for the abnormally-low check. */
    estimate: Decimal.optional(),
  })
  .meta({ id: 'EvaluateRequest', examples: [evaluateExample.request] });
export type EvaluateRequest = z.output<typeof EvaluateRequest>;

export const exclusionCodes = [
  'exclusionGroundApplies',
  'restrictedNotMet',
  'suitabilityNotMet',
  'minimumNotMet',
  'conditionNotAccepted',
  'belowMinimumScore',
] as const;

export const abnormallyLowReasons = [
  'zeroOrNegative',
  'belowNextBid',
  'belowMedianOfOthers',
  'belowEstimate',
] as const;

export const BidFlag = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('abnormallyLow'), reasons: z.array(z.enum(abnormallyLowReasons)) }),
    z.object({
      code: z.literal('evaluatorsDiverge'),
      criterionId: Identifier,
      spread: z.int(),
      mean: z.number(),
      median: z.number(),
    }),
    z.object({ code: z.literal('drawRequired'), tiedWith: z.array(Identifier) }),
    z.object({ code: z.literal('decidedByDraw'), tiedWith: z.array(Identifier) }),
    z.object({
      code: z.literal('tiedWhenRounded'),
      tiedWith: z.array(Identifier),
      exactScore: z.string().meta({
        description: 'The exact score with as many decimals as separate it from the others',
      }),
    }),
    z.object({ code: z.literal('inCorridor') }),
    z.object({ code: z.literal('ratioUndefined') }),
  ])
  .meta({
    id: 'BidFlag',
    description:
      'Something a reviewer must look at. `abnormallyLow` asks for a price clarification ' +
      '(§ 60 VgV, § 54 SektVO) and never excludes; its reasons: under the next higher price or ' +
      'under the median of the other admitted prices by at least the trigger threshold, or under ' +
      'the estimate by as much. `drawRequired`: bids tied on every deciding figure, to be decided ' +
      'by drawing lots (Losentscheid); `decidedByDraw`: the recorded draw decided. ' +
      '`tiedWhenRounded`: the published two-decimal score equals that of a bid with another rank; ' +
      'the ranking is decided on the exact values, shown with enough decimals.',
  });

export const BidEvaluation = z
  .object({
    id: Identifier,
    rank: z.int().min(1).nullable().meta({ description: 'Null for an excluded bid' }),
    excluded: z.boolean(),
    checks: z
      .array(
        z.object({
          criterionId: Identifier,
          legalType: z.enum(['exclusion', 'restricted', 'suitability', 'minimum', 'condition']),
          met: z.boolean(),
          byEquivalent: z.boolean(),
          note: z.string().nullable(),
        }),
      )
      .meta({
        description:
          'Every pass/fail criterion with its outcome, by stage: exclusion grounds and restricted requirements (formal stage), suitability, minimum requirements, conditions',
      }),
    reasons: z.array(z.object({ code: z.enum(exclusionCodes), criterionId: Identifier })),
    score: z
      .number()
      .nullable()
      .meta({
        description:
          'Published score, two decimals, rounded half to even from the exact value: points 0–100 ' +
          '(weighted sum), Z = L/P per the published currency units (UfAB reference-value methods) or ' +
          'Z in percent of the medians (UfAB median method). The ranking is decided on the exact ' +
          'value. Null when excluded, or when the ratio has no value (a price of zero or below; a ' +
          'median performance of zero or median price of zero or below).',
      }),
    performance: z.number().nullable(),
    price: z.number().meta({ description: 'The evaluated price or life-cycle cost, two decimals' }),
    contributions: z.array(
      z.object({
        criterionId: Identifier,
        weightPercent: z.number(),
        share: z.number().min(0).max(1),
        points: z.number(),
        panel: z.object({ spread: z.int(), mean: z.number(), median: z.number() }).nullable().meta({
          description:
            'The evaluators’ individual scores summarised, where recorded; aids only, the consensus score counts',
        }),
      }),
    ),
    flags: z.array(BidFlag),
    comparedWithAbove: z
      .object({
        bidId: Identifier,
        criteria: z.array(z.object({ criterionId: Identifier, difference: z.number() })),
      })
      .nullable()
      .meta({
        description: 'Why the bid ranked directly above is ahead, largest difference first',
      }),
  })
  .meta({ id: 'BidEvaluation' });

export const EvaluateResponse = z
  .object({
    method: z.enum(['weightedSum', 'ufabSimple', 'ufabExtended', 'ufabMedian']),
    referenceDate: CalendarDate,
    schemeCommitment: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description:
          'SHA-256 of the canonical form (RFC 8785) of the scheme as parsed, defaults included',
      }),
    inputHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .meta({
        description: 'SHA-256 of the canonical form of the request as parsed, bids in id order',
      }),
    ranking: z.array(BidEvaluation),
  })
  .meta({ id: 'EvaluateResponse', examples: [evaluateExample.response] });
export type EvaluateResponse = z.output<typeof EvaluateResponse>;
