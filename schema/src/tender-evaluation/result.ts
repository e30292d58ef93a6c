import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidEvaluation } from '../analysis/evaluate.ts';
import { NodeSensitivity } from '../analysis/sensitivity.ts';
import { OpeningRecordBidder } from '../bids/opening.ts';
import { CalendarDate, Identifier, LocalizedText } from '../evaluation/common.ts';
import { ResultsCriterion } from '../options-reviews/results.ts';
import { EvaluationStageName, StageStatusView } from './stages.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256, lowercase hex');

/** Who drew lots between tied bids and how (Losentscheid), for the record. */
export const DrawRecord = z
  .strictObject({
    drawnBy: z.string().trim().min(1).max(300),
    how: z.string().trim().min(1).max(2_000),
    drawnOn: CalendarDate.optional(),
  })
  .meta({ id: 'DrawRecord' });
export type DrawRecord = z.output<typeof DrawRecord>;

/**
 * What computing the official result takes: nothing but, where bids are tied on every deciding
 * figure, the order drawn by lot and who drew it. Method, formula, weights and scheme are the
 * published ones; naming any of them is refused (§ 127 (5) GWB).
 */
export const ComputeOfficialResultRequest = z
  .strictObject({
    drawOrder: z
      .array(ResourceId)
      .min(2)
      .max(500)
      .optional()
      .meta({ description: 'The tied bids in the order drawn by lot; exactly the tied bids' }),
    drawRecord: DrawRecord.optional(),
  })
  .refine((body) => (body.drawOrder === undefined) === (body.drawRecord === undefined), {
    message: 'A drawn order needs the record of the draw, and a record needs the order',
    path: ['drawRecord'],
  })
  .meta({ id: 'ComputeOfficialResultRequest' });
export type ComputeOfficialResultRequest = z.output<typeof ComputeOfficialResultRequest>;

/** The engine's evaluation as stored: ranking, checks, contributions, flags, why A above B. */
export const OfficialEvaluation = z
  .object({
    method: z.enum(['weightedSum', 'ufabSimple', 'ufabExtended', 'ufabMedian']),
    referenceDate: CalendarDate,
    ranking: z.array(BidEvaluation),
  })
  .meta({ id: 'OfficialEvaluation' });

/** One consensus score of a bid, with the panel's justification. */
export const OfficialScore = z.strictObject({
  criterionId: Identifier,
  score: z.int().min(0).max(10),
  justification: z.string(),
});

export const OfficialResultBid = z
  .strictObject({
    bidId: ResourceId,
    bidder: OpeningRecordBidder,
    late: z.boolean(),
    stages: z.strictObject({
      formal: StageStatusView,
      suitability: StageStatusView,
      priceCheck: StageStatusView,
      award: StageStatusView,
    }),
    excludedIn: z.union([EvaluationStageName, z.null()]),
    /** Whether the result ran on the bid (not excluded in a stage when it was computed). */
    inResult: z.boolean(),
    scores: z.array(OfficialScore),
  })
  .meta({ id: 'OfficialResultBid' });

/** Weight stability of the official ranking: information only, it changes nothing. */
export const OfficialSensitivity = z
  .strictObject({
    informational: z.literal(true),
    note: LocalizedText,
    notAnalysable: z.union([z.string(), z.null()]),
    noClearWinner: z.boolean(),
    margin: z.number(),
    criteria: z.array(NodeSensitivity),
  })
  .meta({ id: 'OfficialSensitivity' });

/**
 * The official result of a lot as the team compares the bids: the stored evaluation (a pure
 * function of the frozen scheme, the admitted bids and the consensus scores), every bid with its
 * stage statuses and scores, the criteria with their weights, the hashes to recompute it, and
 * whether it still rests on the current decisions.
 */
export const OfficialResult = z
  .strictObject({
    tenderId: ResourceId,
    lotNumber: z.int().min(1),
    number: z.int().min(1),
    schemeVersion: z.int().min(1),
    schemeCommitment: Sha256,
    computedAt: Timestamp,
    computedBy: ResourceId,
    current: z.boolean().meta({
      description: 'False once a decision, exchange, consensus or withdrawal came after it',
    }),
    inputSha256: Sha256,
    resultSha256: Sha256,
    evaluation: OfficialEvaluation,
    draw: z.union([z.strictObject({ order: z.array(ResourceId), record: DrawRecord }), z.null()]),
    criteria: z.array(ResultsCriterion),
    bids: z.array(OfficialResultBid),
    sensitivity: OfficialSensitivity,
  })
  .meta({ id: 'OfficialResult' });
export type OfficialResult = z.output<typeof OfficialResult>;

/** A recomputation of the stored result; it changes nothing. */
export const OfficialResultVerification = z
  .strictObject({
    number: z.int().min(1),
    inputSha256: Sha256,
    resultSha256: Sha256,
    recomputedSha256: Sha256,
    sameBytes: z.boolean().meta({
      description: 'The stored input evaluated again gives the stored result, byte for byte',
    }),
    currentInputSha256: z.union([Sha256, z.null()]).meta({
      description: 'The input as the database gives it now; null where it cannot be built now',
    }),
    inputUnchanged: z.boolean(),
    currentInputProblem: z.union([z.string(), z.null()]),
  })
  .meta({ id: 'OfficialResultVerification' });
export type OfficialResultVerification = z.output<typeof OfficialResultVerification>;
