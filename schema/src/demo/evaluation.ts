import { z } from 'zod';
import { BidDocument } from '../bids/content.ts';
import { Identifier } from '../evaluation/common.ts';
import { StageChecks } from '../tender-evaluation/stages.ts';
import { DemoKey } from './accounts.ts';
import { arrivalFields, onTimeOrLate } from './bids.ts';
import { DemoTender } from './tenders.ts';

/**
 * A tender of the demo whose evaluation is done: its bids came in on the authority's platform
 * and were imported after the platform's opening; then the officers and the panel worked through
 * the stages (§§ 56, 57, 60 VgV, § 122 GWB), scored blind, agreed on the consensus, computed the
 * official result and decided that the evaluation is complete. Each step of the story happens on
 * its `day`, counted from the platform's opening, on a clock that runs in the past.
 */

const day = z.int().min(0).max(120);
const text = z.string().trim().min(1).max(8_000);

/** A bid of the platform's export, named by a key the steps refer to. */
export const DemoEvaluatedBid = z
  .strictObject({ key: DemoKey, ...arrivalFields })
  .refine(...onTimeOrLate);

const stageStep = z.strictObject({
  kind: z.literal('stage'),
  day,
  by: DemoKey,
  bid: DemoKey,
  stage: z.enum(['formal', 'suitability', 'priceCheck']),
  outcome: z.enum(['passed', 'excluded']),
  basis: z.string().trim().min(1).max(200).optional(),
  reasons: text,
  checks: StageChecks.optional(),
  /** The competition register was queried that day (§ 6 (1) WRegG). */
  registerQueried: z.boolean().default(false),
});

const requestStep = z.strictObject({
  kind: z.literal('documentRequest'),
  day,
  by: DemoKey,
  bid: DemoKey,
  /** The key the answer and the decision name it by. */
  key: DemoKey,
  stage: z.enum(['formal', 'suitability']),
  document: text,
  documentKind: z.enum(['company', 'offer', 'price']),
  action: z.enum(['submit', 'complete', 'correct']),
  criterionId: Identifier.optional(),
  deadlineInDays: z.int().min(1).max(60),
});

/** The bidder's answer as the platform received it, recorded by an officer. */
const requestAnswerStep = z.strictObject({
  kind: z.literal('documentsReceived'),
  day,
  by: DemoKey,
  request: DemoKey,
  note: text.optional(),
  documents: z.array(BidDocument).min(1).max(20),
});

const requestDecisionStep = z.strictObject({
  kind: z.literal('documentRequestDecision'),
  day,
  by: DemoKey,
  request: DemoKey,
  decision: z.enum(['accepted', 'rejected']),
  reasons: text,
});

const clarificationStep = z.strictObject({
  kind: z.literal('clarification'),
  day,
  by: DemoKey,
  bid: DemoKey,
  key: DemoKey,
  stage: z.enum(['formal', 'suitability', 'priceCheck', 'award']),
  question: text,
  deadlineInDays: z.int().min(1).max(60),
});

const clarificationAnswerStep = z.strictObject({
  kind: z.literal('clarificationReceived'),
  day,
  by: DemoKey,
  clarification: DemoKey,
  answer: text,
});

const clarificationDecisionStep = z.strictObject({
  kind: z.literal('clarificationDecision'),
  day,
  by: DemoKey,
  clarification: DemoKey,
  decision: text,
});

/** One evaluator's sheet, saved and submitted. */
const scoresStep = z.strictObject({
  kind: z.literal('scores'),
  day,
  by: DemoKey,
  lotNumber: z.int().min(1).max(200).default(1),
  scores: z
    .array(
      z.strictObject({
        bid: DemoKey,
        criterionId: Identifier,
        score: z.int().min(0).max(10),
        justification: text,
      }),
    )
    .min(1)
    .max(300),
});

const consensusStep = z.strictObject({
  kind: z.literal('consensus'),
  day,
  by: DemoKey,
  lotNumber: z.int().min(1).max(200).default(1),
  bid: DemoKey,
  criterionId: Identifier,
  score: z.int().min(0).max(10),
  justification: text,
  resolution: text.optional(),
});

const resultStep = z.strictObject({
  kind: z.literal('result'),
  day,
  by: DemoKey,
  lotNumber: z.int().min(1).max(200).default(1),
});

const awardDecisionStep = z.strictObject({
  kind: z.literal('awardDecision'),
  day,
  by: DemoKey,
  reasons: text,
});

export const DemoEvaluationStep = z.discriminatedUnion('kind', [
  stageStep,
  requestStep,
  requestAnswerStep,
  requestDecisionStep,
  clarificationStep,
  clarificationAnswerStep,
  clarificationDecisionStep,
  scoresStep,
  consensusStep,
  resultStep,
  awardDecisionStep,
]);
export type DemoEvaluationStep = z.output<typeof DemoEvaluationStep>;

export const DemoEvaluatedTender = z
  .strictObject({
    tender: DemoTender,
    preparedDaysAgo: z.int().min(1).max(365),
    platform: z.string().trim().min(1).max(100),
    openedMinutesAfterDeadline: z
      .int()
      .min(1)
      .max(24 * 60),
    bids: z.array(DemoEvaluatedBid).min(1).max(20),
    /** The evaluation, step by step, in the order of their days. */
    steps: z.array(DemoEvaluationStep).max(500),
  })
  .refine((evaluated) => evaluated.tender.publication !== undefined, {
    message: 'an evaluated tender was published',
    path: ['tender', 'publication'],
  })
  .refine(
    (evaluated) =>
      evaluated.steps.every(
        (step, index) => index === 0 || evaluated.steps[index - 1]!.day <= step.day,
      ),
    { message: 'the steps follow each other in time', path: ['steps'] },
  );
export type DemoEvaluatedTender = z.output<typeof DemoEvaluatedTender>;

export const DemoEvaluationFile = z.strictObject({
  evaluatedTenders: z.array(DemoEvaluatedTender).max(5),
});
export type DemoEvaluationFile = z.output<typeof DemoEvaluationFile>;
