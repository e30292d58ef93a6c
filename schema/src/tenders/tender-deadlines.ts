import { z } from 'zod';
import { Timestamp } from '../administration/common.ts';
import { CalendarDate, LocalizedText } from '../evaluation/common.ts';
import {
  BindingPeriod,
  DeadlineFinding,
  DeadlineRegime,
  LocalDeadline,
  PeriodReduction,
  periodReductions,
  QuestionsDeadline,
  SubmissionDeadlineCheck,
} from './deadlines.ts';

/**
 * A tender's deadlines as the officer sets them and the checks the deadline rules make of them
 * (api/src/domain/deadlines, ADR 0035): the submission deadline against the minimum period, the
 * last day for bidders' questions (§ 20 (3) VgV) and the bid validity period (Bindefrist).
 */

export const UpdateTenderDeadlinesInput = z
  .strictObject({
    submissionDeadline: LocalDeadline.meta({
      description:
        'The submission deadline as a Berlin wall-clock time (`2027-11-02T12:00`); a time ' +
        'that occurs twice when summer time ends needs its offset',
    }),
    questionsDeadline: LocalDeadline.optional().meta({
      description:
        'The end of the time for bidders’ questions; when omitted, the end of the last day for ' +
        'questions the rules compute (answers due six days, in urgency four, before the deadline)',
    }),
    bidValidityUntil: CalendarDate.optional().meta({
      description:
        'The last day bids are binding (Bindefrist); when omitted, `bidValidityDays` days after ' +
        'the day of the submission deadline',
    }),
    bidValidityDays: z
      .int()
      .min(1)
      .max(365)
      .optional()
      .meta({
        description:
          'Length of the bid validity period when `bidValidityUntil` is omitted; 60 days when ' +
          'this is omitted too',
      }),
    periodReductions: z
      .array(PeriodReduction)
      .max(periodReductions.length)
      .refine((items) => new Set(items).size === items.length, { message: 'Each reduction once' })
      .default([])
      .meta({
        description:
          'Reductions of the minimum period claimed: electronic submission (§ 15 (4) VgV), a ' +
          'prior information notice (§ 38 (3) VgV), justified urgency (§ 15 (3) VgV)',
      }),
    version: z.int().min(1).meta({ description: 'The tender’s version you read' }),
  })
  .meta({
    id: 'UpdateTenderDeadlinesInput',
    examples: [
      {
        submissionDeadline: '2027-03-15T12:00',
        periodReductions: ['electronicSubmission'],
        version: 4,
      },
    ],
  });
export type UpdateTenderDeadlinesInput = z.output<typeof UpdateTenderDeadlinesInput>;

/**
 * The checks of a tender's deadlines. `errors` and `warnings` gather every finding of the parts
 * and those about how they fit together; an error does not stop the deadlines from being saved,
 * but publication is refused while the submission check has one.
 */
export const TenderDeadlineChecks = z
  .strictObject({
    /** The calendar rules applied: VgV (Reg. 1182/71) for every EU regime, else UVgO (BGB). */
    deadlineRegime: DeadlineRegime,
    /** The dispatch of the notice the check assumes: now for a draft, else its publication. */
    dispatchedAt: Timestamp,
    /** How the tender's regime and procedure type were mapped to the rules, and what that means. */
    notes: z.array(LocalizedText),
    /** Null where the procedure type has no modelled minimum period (only open procedures). */
    submission: SubmissionDeadlineCheck.nullable(),
    questions: QuestionsDeadline,
    /** Null while no bid validity is set, or when it does not end after the deadline's day. */
    bindingPeriod: BindingPeriod.nullable(),
    /** The stored values the checks read, in Berlin time. */
    submissionDeadlineLocal: z.string(),
    questionsDeadlineLocal: z.string().nullable(),
    bidValidityUntil: CalendarDate.nullable(),
    errors: z.array(DeadlineFinding),
    warnings: z.array(DeadlineFinding),
  })
  .meta({ id: 'TenderDeadlineChecks' });
export type TenderDeadlineChecks = z.output<typeof TenderDeadlineChecks>;

export const TenderDeadlinesResponse = z
  .strictObject({
    submissionDeadline: Timestamp,
    questionsDeadline: Timestamp,
    bidValidityUntil: CalendarDate,
    periodReductions: z.array(PeriodReduction),
    checks: TenderDeadlineChecks,
    tenderVersion: z.int().min(1),
  })
  .meta({ id: 'TenderDeadlinesResponse' });
export type TenderDeadlinesResponse = z.output<typeof TenderDeadlinesResponse>;
