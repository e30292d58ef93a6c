import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate, Identifier } from '../evaluation/common.ts';
import { OpeningRecordBidder } from '../bids/opening.ts';

/**
 * The evaluation of a tender's opened bids, stage by stage (Wertungsstufen): the formal check
 * with the exclusion grounds (§ 57 VgV, §§ 123–126 GWB), suitability (§ 122 GWB, §§ 42–46 VgV),
 * the price check (§ 60 VgV) and the award (§ 127 GWB, § 58 VgV).
 */
export const evaluationStageNames = ['formal', 'suitability', 'priceCheck', 'award'] as const;
export const EvaluationStageName = z.enum(evaluationStageNames).meta({ id: 'EvaluationStageName' });
export type EvaluationStageName = z.output<typeof EvaluationStageName>;

/** The stages an officer decides; the award stage is decided by the official result. */
export const DecidedStageName = z
  .enum(['formal', 'suitability', 'priceCheck'])
  .meta({ id: 'DecidedStageName' });
export type DecidedStageName = z.output<typeof DecidedStageName>;

/** A bid's status in one stage, as the team reads it. */
export const StageStatusView = z
  .discriminatedUnion('state', [
    z.strictObject({ state: z.literal('open') }),
    /** Waiting for the bidder: a request for a missing document or a clarification runs. */
    z.strictObject({ state: z.literal('waiting'), until: CalendarDate }),
    z.strictObject({
      state: z.literal('passed'),
      basis: z.string(),
      decidedAt: Timestamp,
      decidedBy: z.union([ResourceId, z.null()]),
    }),
    z.strictObject({
      state: z.literal('excluded'),
      basis: z.string(),
      reasons: z.string(),
      decidedAt: Timestamp,
      decidedBy: z.union([ResourceId, z.null()]),
    }),
  ])
  .meta({ id: 'StageStatusView' });
export type StageStatusView = z.output<typeof StageStatusView>;

/**
 * One criterion judged in a stage: an exclusion ground, a restricted, suitability or minimum
 * requirement, or a contract condition; met or not, with the evidence it rests on and the date
 * of that evidence. Company documents are judged as of the submission deadline.
 */
export const StageCheck = z
  .strictObject({
    met: z.boolean(),
    evidence: z.string().trim().min(1).max(2_000).optional(),
    evidenceDate: CalendarDate.optional(),
    note: z.string().trim().min(1).max(2_000).optional(),
  })
  .meta({ id: 'StageCheck' });
export type StageCheck = z.output<typeof StageCheck>;

export const StageChecks = z
  .record(Identifier, StageCheck)
  .refine((map) => Object.keys(map).length <= 300, { message: 'At most 300 checks' })
  .meta({ id: 'StageChecks' });
export type StageChecks = z.output<typeof StageChecks>;

/** One recorded decision of a stage; the latest per stage is in force. */
export const StageDecisionView = z
  .strictObject({
    stage: DecidedStageName,
    number: z.int(),
    outcome: z.enum(['passed', 'excluded']),
    basis: z.string(),
    reasons: z.string(),
    checks: StageChecks,
    registerQueriedOn: z.union([CalendarDate, z.null()]),
    decidedBy: ResourceId,
    decidedAt: Timestamp,
  })
  .meta({ id: 'StageDecisionView' });
export type StageDecisionView = z.output<typeof StageDecisionView>;

/** A bid in the evaluation: who bids and where it stands in each stage. */
export const BidEvaluationSummary = z
  .strictObject({
    bidId: ResourceId,
    lotNumber: z.int(),
    bidder: OpeningRecordBidder,
    late: z.boolean(),
    /** In our vault, or imported from the platform (whose bidders answer there). */
    source: z.enum(['vault', 'import']),
    stages: z.strictObject({
      formal: StageStatusView,
      suitability: StageStatusView,
      priceCheck: StageStatusView,
      award: StageStatusView,
    }),
    /** The stage that excluded the bid, if one did. */
    excludedIn: z.union([EvaluationStageName, z.null()]),
  })
  .meta({ id: 'BidEvaluationSummary' });
export type BidEvaluationSummary = z.output<typeof BidEvaluationSummary>;
