import { z } from 'zod';
import { AnswerChannel } from './document-requests.ts';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { CalendarDate } from '../evaluation/common.ts';
import { abnormallyLowReasons } from '../analysis/evaluate.ts';

/**
 * Clarifications with a bidder (Aufklärung): a question, the bidder's answer, and what the
 * authority made of it. A clarification never changes the bid: it explains what was offered and
 * negotiates nothing (§ 15 (5) VgV). In the price check it asks the bidder to explain a price the
 * engine flagged as unusually low (§ 60 (1) VgV); the flags are kept with the question.
 */
export const clarificationStageNames = ['formal', 'suitability', 'priceCheck', 'award'] as const;

export const ClarificationParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  clarificationId: ResourceId.meta({ param: { name: 'clarificationId', in: 'path' } }),
});
export type ClarificationParams = z.output<typeof ClarificationParams>;

export const OwnClarificationParams = z.strictObject({
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
  clarificationId: ResourceId.meta({ param: { name: 'clarificationId', in: 'path' } }),
});
export type OwnClarificationParams = z.output<typeof OwnClarificationParams>;

export const AskClarificationInput = z
  .strictObject({
    stage: z.enum(clarificationStageNames),
    question: z.string().trim().min(1).max(8_000),
    /** The last day (Europe/Berlin) the bidder may answer; after today. */
    deadline: CalendarDate,
  })
  .meta({
    id: 'AskClarificationInput',
    description:
      'A question to the bidder. A clarification never changes the bid: no negotiation of the ' +
      'offer or its price (§ 15 (5) VgV); the bidder explains what it offered.',
    examples: [
      {
        stage: 'priceCheck',
        question: 'Please explain how the monthly rate for 24/7 support is calculated.',
        deadline: '2026-03-12',
      },
    ],
  });
export type AskClarificationInput = z.output<typeof AskClarificationInput>;

export const DecideClarificationInput = z
  .strictObject({
    /** What the authority made of the answer: the assessment the stage decision rests on. */
    decision: z.string().trim().min(1).max(8_000),
  })
  .meta({ id: 'DecideClarificationInput' });
export type DecideClarificationInput = z.output<typeof DecideClarificationInput>;

export const AnswerClarificationInput = z
  .strictObject({ answer: z.string().trim().min(1).max(20_000) })
  .meta({
    id: 'AnswerClarificationInput',
    description: 'The bidder’s explanation; it cannot change the bid (§ 15 (5) VgV).',
  });
export type AnswerClarificationInput = z.output<typeof AnswerClarificationInput>;

/** The engine's flag that opened a price clarification (§ 60 (1) VgV). */
export const PriceFlag = z
  .strictObject({
    code: z.literal('abnormallyLow'),
    reasons: z.array(z.enum(abnormallyLowReasons)),
  })
  .meta({ id: 'PriceFlag' });
export type PriceFlag = z.output<typeof PriceFlag>;

export const ClarificationView = z
  .strictObject({
    id: ResourceId,
    bidId: ResourceId,
    /** Numbered per tender. */
    number: z.int(),
    stage: z.enum(clarificationStageNames),
    question: z.string(),
    /** In the price check: the engine's flags for the bid when the question was asked. */
    flags: z.union([z.array(PriceFlag), z.null()]),
    deadline: CalendarDate,
    askedBy: ResourceId,
    askedAt: Timestamp,
    answer: z.union([
      z.strictObject({ text: z.string(), answeredAt: Timestamp, channel: AnswerChannel }),
      z.null(),
    ]),
    decision: z.union([
      z.strictObject({ text: z.string(), decidedBy: ResourceId, decidedAt: Timestamp }),
      z.null(),
    ]),
  })
  .meta({ id: 'ClarificationView' });
export type ClarificationView = z.output<typeof ClarificationView>;
