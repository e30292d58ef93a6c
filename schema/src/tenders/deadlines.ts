import { z } from 'zod';
import { CalendarDate, LocalizedText } from '../evaluation/common.ts';
import { germanLaender } from '../evaluation/method.ts';

/**
 * Procurement deadlines: the inputs the deadline rules take and what they answer. Dates are
 * computed in Europe/Berlin with the calendar rule of the regime (VgV: Regulation (EEC, Euratom)
 * No 1182/71 via § 82 VgV; UVgO: §§ 186–193 BGB via § 54 (2) UVgO) and the Land's public holidays.
 * See docs/decisions/0035-procurement-deadlines.md.
 */

/** The regimes whose periods are modelled; SektVO and VSVgV follow in a later step. */
export const deadlineRegimes = ['VgV', 'UVgO'] as const;
export const DeadlineRegime = z.enum(deadlineRegimes);
export type DeadlineRegime = z.output<typeof DeadlineRegime>;

/** Open procedure (VgV) or its national counterpart, the Öffentliche Ausschreibung (UVgO). */
export const deadlineProcedureTypes = ['open'] as const;
export const DeadlineProcedureType = z.enum(deadlineProcedureTypes);
export type DeadlineProcedureType = z.output<typeof DeadlineProcedureType>;

/**
 * Reductions of the minimum submission period the authority claims (VgV): electronic
 * submission (§ 15 (4)), a prior information notice (§ 38 (3)), sufficiently justified urgency
 * (§ 15 (3)). Urgency also shortens the time for additional information to four days (§ 20 (3)).
 */
export const periodReductions = [
  'electronicSubmission',
  'priorInformationNotice',
  'urgency',
] as const;
export const PeriodReduction = z.enum(periodReductions);
export type PeriodReduction = z.output<typeof PeriodReduction>;

/**
 * Public holidays that hold only in part of a Land (by municipality or district), which the
 * holiday library cannot decide for a given seat.
 */
export const partialHolidayIds = [
  'augsburgerFriedensfest',
  'mariaeHimmelfahrtBY',
  'fronleichnamSN',
  'fronleichnamTH',
] as const;
export const PartialHolidayId = z.enum(partialHolidayIds);
export type PartialHolidayId = z.output<typeof PartialHolidayId>;

/**
 * The authority's seat, whose holidays count. Without `localHolidays` every partial holiday of
 * the Land is taken as a holiday (the stricter reading) and the explanation says so; with it
 * (even empty) exactly those apply. `municipality` decides where a holiday belongs to exactly
 * one municipality (the Friedensfest to the city of Augsburg).
 */
export const DeadlinePlace = z
  .strictObject({
    land: z.enum(germanLaender),
    municipality: z.string().trim().min(1).max(200).optional(),
    localHolidays: z.array(PartialHolidayId).max(partialHolidayIds.length).optional(),
  })
  .meta({ id: 'DeadlinePlace', examples: [{ land: 'BY', municipality: 'Augsburg' }] });
export type DeadlinePlace = z.output<typeof DeadlinePlace>;

/**
 * A local date and time in Europe/Berlin (`2027-11-02T12:00`, seconds optional). A time that
 * does not exist (the hour skipped when summer time starts) is refused; a time that occurs twice
 * (the hour repeated when it ends) is refused unless the offset says which (`+02:00` first,
 * `+01:00` second).
 */
export const LocalDeadline = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?$/)
  .meta({ examples: ['2027-11-02T12:00', '2027-10-31T02:30+01:00'] });

/** An instant with its offset, e.g. the dispatch of the notice. */
export const DeadlineInstant = z.iso.datetime({ offset: true });

/** A moment in Europe/Berlin as an RFC 9557 string, e.g. `2027-11-02T00:00:00+01:00[Europe/Berlin]`. */
export const ZonedMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}\[Europe\/Berlin\]$/);

/** One computed date or judgement with the paragraphs it rests on. */
export const DeadlineExplanationStep = z
  .strictObject({
    code: z.string().min(1).max(80),
    date: CalendarDate.optional(),
    at: ZonedMoment.optional(),
    text: LocalizedText,
    sources: z.array(z.string().min(1).max(200)).max(10),
  })
  .meta({ id: 'DeadlineExplanationStep' });
export type DeadlineExplanationStep = z.output<typeof DeadlineExplanationStep>;

export const DeadlineFinding = z
  .strictObject({
    code: z.string().min(1).max(80),
    text: LocalizedText,
    sources: z.array(z.string().min(1).max(200)).max(10),
  })
  .meta({ id: 'DeadlineFinding' });
export type DeadlineFinding = z.output<typeof DeadlineFinding>;

const findings = {
  errors: z.array(DeadlineFinding).max(20),
  warnings: z.array(DeadlineFinding).max(20),
  explanation: z.array(DeadlineExplanationStep).max(40),
};

export const SubmissionDeadlineCheckInput = z
  .strictObject({
    regime: DeadlineRegime,
    procedureType: DeadlineProcedureType,
    dispatchedAt: DeadlineInstant,
    deadline: LocalDeadline,
    place: DeadlinePlace,
    reductions: z.array(PeriodReduction).max(periodReductions.length).default([]),
    /** When the prior information notice was sent, to check § 38 (3) Nr. 2 VgV. */
    priorInformationSentAt: DeadlineInstant.optional(),
  })
  .meta({ id: 'SubmissionDeadlineCheckInput' });
export type SubmissionDeadlineCheckInput = z.input<typeof SubmissionDeadlineCheckInput>;

export const SubmissionDeadlineCheck = z
  .strictObject({
    deadline: ZonedMoment,
    /** The minimum period in days that applies, or null where the law fixes none (UVgO). */
    minimumDays: z.int().min(1).nullable(),
    /** The earliest permissible deadline (legal minimum, or the practice floor under UVgO). */
    earliestDeadline: ZonedMoment,
    ...findings,
  })
  .meta({ id: 'SubmissionDeadlineCheck' });
export type SubmissionDeadlineCheck = z.output<typeof SubmissionDeadlineCheck>;

export const QuestionsDeadlineInput = z
  .strictObject({
    regime: DeadlineRegime,
    deadline: LocalDeadline,
    place: DeadlinePlace,
    urgency: z.boolean().default(false),
    /** Working days the authority keeps to answer the last questions (its choice). */
    answerPreparationWorkingDays: z.int().min(0).max(20).default(2),
  })
  .meta({ id: 'QuestionsDeadlineInput' });
export type QuestionsDeadlineInput = z.input<typeof QuestionsDeadlineInput>;

export const QuestionsDeadline = z
  .strictObject({
    /** Additional information must be available before this moment (§ 20 (3) Nr. 1 VgV). */
    answersDueBy: ZonedMoment,
    lastDayForQuestions: CalendarDate,
    questionsDueBy: ZonedMoment,
    ...findings,
  })
  .meta({ id: 'QuestionsDeadline' });
export type QuestionsDeadline = z.output<typeof QuestionsDeadline>;

export const BindingPeriodInput = z
  .strictObject({
    deadline: LocalDeadline,
    days: z.int().min(1).max(365),
    place: DeadlinePlace,
  })
  .meta({ id: 'BindingPeriodInput' });
export type BindingPeriodInput = z.input<typeof BindingPeriodInput>;

export const BindingPeriod = z
  .strictObject({
    lastDay: CalendarDate,
    end: ZonedMoment,
    /** The last working day on or before the last day: award by then (see the explanation). */
    lastWorkingDayForAward: CalendarDate,
    ...findings,
  })
  .meta({ id: 'BindingPeriod' });
export type BindingPeriod = z.output<typeof BindingPeriod>;

export const CorrectionExtensionInput = z
  .strictObject({
    regime: DeadlineRegime,
    procedureType: DeadlineProcedureType,
    reductions: z.array(PeriodReduction).max(periodReductions.length).default([]),
    place: DeadlinePlace,
    originalDeadline: LocalDeadline,
    correctedAt: DeadlineInstant,
    /** Whether the correction changes the documents materially (§ 20 (3) Nr. 2 VgV). */
    material: z.boolean(),
    proposedDeadline: LocalDeadline.optional(),
  })
  .meta({ id: 'CorrectionExtensionInput' });
export type CorrectionExtensionInput = z.input<typeof CorrectionExtensionInput>;

export const CorrectionExtension = z
  .strictObject({
    extensionRequired: z.boolean(),
    earliestDeadline: ZonedMoment,
    ...findings,
  })
  .meta({ id: 'CorrectionExtension' });
export type CorrectionExtension = z.output<typeof CorrectionExtension>;
