import {
  BindingPeriod,
  CorrectionExtension,
  type PeriodReduction,
  QuestionsDeadline,
  SubmissionDeadlineCheck,
  SubmissionDeadlineCheckInput,
} from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { bindingPeriodEnd } from './binding-period.ts';
import { extendAfterCorrection } from './correction.ts';
import { lastDayForQuestions } from './questions.ts';
import { checkSubmissionDeadline } from './submission.ts';
import { resolveLocalDeadline, zonedText } from './time.ts';

const codes = (list: readonly { code: string }[]) => list.map((entry) => entry.code);
// Mon 20.09.2027, 10:00 in Berlin.
const dispatchedAt = '2027-09-20T10:00:00+02:00';
const vgv = { regime: 'VgV', procedureType: 'open', dispatchedAt, place: { land: 'NI' } } as const;

describe('local deadlines across the 2027 clock changes', () => {
  it('refuses a time skipped on 28.03.2027 and names the field', () => {
    expect(() => resolveLocalDeadline('2027-03-28T02:30', '/deadline')).toThrow(ValidationError);
    try {
      resolveLocalDeadline('2027-03-28T02:30', '/deadline');
    } catch (error) {
      expect((error as ValidationError).issues[0]).toMatchObject({ pointer: '/deadline' });
      expect((error as ValidationError).message).toMatch(/does not exist/);
    }
  });

  it('refuses a time repeated on 31.10.2027 unless the offset says which', () => {
    expect(() => resolveLocalDeadline('2027-10-31T02:30', '/deadline')).toThrow(/occurs twice/);
    expect(zonedText(resolveLocalDeadline('2027-10-31T02:30+02:00', '/deadline'))).toBe(
      '2027-10-31T02:30:00+02:00[Europe/Berlin]',
    );
    expect(zonedText(resolveLocalDeadline('2027-10-31T02:30+01:00', '/deadline'))).toBe(
      '2027-10-31T02:30:00+01:00[Europe/Berlin]',
    );
    expect(() => resolveLocalDeadline('2027-10-31T02:30+03:00', '/deadline')).toThrow(
      ValidationError,
    );
  });

  it('accepts ordinary times, checks a given offset and refuses dates that do not exist', () => {
    expect(zonedText(resolveLocalDeadline('2027-03-28T03:30', '/d'))).toBe(
      '2027-03-28T03:30:00+02:00[Europe/Berlin]',
    );
    expect(zonedText(resolveLocalDeadline('2027-11-02T12:00+01:00', '/d'))).toBe(
      '2027-11-02T12:00:00+01:00[Europe/Berlin]',
    );
    expect(() => resolveLocalDeadline('2027-11-02T12:00+02:00', '/d')).toThrow(ValidationError);
    expect(() => resolveLocalDeadline('2027-02-29T12:00', '/d')).toThrow(ValidationError);
    expect(() => resolveLocalDeadline('2027-11-02 12:00', '/d')).toThrow(ValidationError);
  });

  it('refuses a skipped deadline in the submission check', () => {
    expect(() =>
      checkSubmissionDeadline({
        ...vgv,
        deadline: '2028-03-26T02:15',
        reductions: ['electronicSubmission'],
      }),
    ).toThrow(ValidationError);
  });
});

describe('checkSubmissionDeadline (open procedure)', () => {
  it('requires 35 days under § 15 (2) VgV, 30 with electronic submission (§ 15 (4))', () => {
    const base = checkSubmissionDeadline({ ...vgv, deadline: '2027-10-21T10:00' });
    expect(base.minimumDays).toBe(35);
    expect(base.earliestDeadline).toBe('2027-10-26T00:00:00+02:00[Europe/Berlin]');
    expect(codes(base.errors)).toEqual(['belowMinimumPeriod']);
    expect(base.errors[0]!.sources).toEqual(['§ 15 Abs. 2 VgV']);

    const electronic = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-21T10:00',
      reductions: ['electronicSubmission'],
    });
    expect(electronic.minimumDays).toBe(30);
    expect(electronic.earliestDeadline).toBe('2027-10-21T00:00:00+02:00[Europe/Berlin]');
    expect(electronic.errors).toEqual([]);
    expect(codes(electronic.warnings)).toEqual(['onlyMinimumPeriod']);
    expect(SubmissionDeadlineCheck.parse(electronic)).toEqual(electronic);
    const sources = electronic.explanation.flatMap((entry) => entry.sources);
    expect(sources).toEqual(expect.arrayContaining(['§ 82 VgV', '§ 15 Abs. 4 VgV']));
  });

  it('refuses a deadline during the last day of the minimum period (it ends at 24:00)', () => {
    const result = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-20T23:59',
      reductions: ['electronicSubmission'],
    });
    expect(codes(result.errors)).toEqual(['belowMinimumPeriod']);
  });

  it('reduces to 15 days after a prior information notice sent 35 days to 12 months before', () => {
    const inTime = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-06T10:00',
      reductions: ['electronicSubmission', 'priorInformationNotice'],
      priorInformationSentAt: '2027-08-01T09:00:00Z',
    });
    expect(inTime.minimumDays).toBe(15);
    expect(inTime.errors).toEqual([]);
    const tooLate = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-06T10:00',
      reductions: ['electronicSubmission', 'priorInformationNotice'],
      priorInformationSentAt: '2027-09-01T09:00:00Z',
    });
    expect(tooLate.minimumDays).toBe(30);
    expect(codes(tooLate.errors)).toEqual(['priorInformationTooLateOrOld', 'belowMinimumPeriod']);
    const unchecked = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-06T10:00',
      reductions: ['priorInformationNotice'],
    });
    expect(codes(unchecked.warnings)).toContain('priorInformationUnchecked');
  });

  it('reduces to 15 days for urgency with a warning to justify it, never below', () => {
    const result = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-05T12:00',
      reductions: ['urgency', 'electronicSubmission'],
    });
    expect(result.minimumDays).toBe(15);
    expect(result.earliestDeadline).toBe('2027-10-06T00:00:00+02:00[Europe/Berlin]');
    expect(codes(result.errors)).toEqual(['belowMinimumPeriod']);
    expect(codes(result.warnings)).toContain('urgencyMustBeJustified');
  });

  it('moves the end of the minimum period past a Land holiday at the seat', () => {
    // Dispatch Sat 16.10.2027 + 15 days = Sun 31.10 (Reformationstag in NI) → Mon 01.11 (Allerheiligen in BY).
    const input = {
      regime: 'VgV',
      procedureType: 'open',
      dispatchedAt: '2027-10-16T08:00:00Z',
      deadline: '2027-11-02T09:00',
      reductions: ['urgency'] as PeriodReduction[],
    } as const;
    expect(checkSubmissionDeadline({ ...input, place: { land: 'NI' } }).earliestDeadline).toBe(
      '2027-11-02T00:00:00+01:00[Europe/Berlin]',
    );
    const bavaria = checkSubmissionDeadline({ ...input, place: { land: 'BY' } });
    expect(bavaria.earliestDeadline).toBe('2027-11-03T00:00:00+01:00[Europe/Berlin]');
    expect(codes(bavaria.errors)).toEqual(['belowMinimumPeriod']);
  });

  it('warns about a deadline on a weekend or holiday and a period over Christmas', () => {
    const saturday = checkSubmissionDeadline({
      ...vgv,
      deadline: '2027-10-30T10:00',
      reductions: ['electronicSubmission'],
    });
    expect(saturday.errors).toEqual([]);
    expect(codes(saturday.warnings)).toEqual(['deadlineOnNonWorkingDay']);
    const christmas = checkSubmissionDeadline({
      ...vgv,
      dispatchedAt: '2027-12-01T09:00:00Z',
      deadline: '2028-01-20T10:00',
      reductions: ['electronicSubmission'],
    });
    expect(codes(christmas.warnings)).toEqual(['periodOverHolidaySeason']);
  });

  it('under the UVgO warns below the 10 days practice expects, never blocks', () => {
    const input = SubmissionDeadlineCheckInput.parse({
      regime: 'UVgO',
      procedureType: 'open',
      dispatchedAt,
      deadline: '2027-09-27T10:00',
      place: { land: 'NI' },
      reductions: ['urgency'] as PeriodReduction[],
    });
    const result = checkSubmissionDeadline(input);
    expect(result.minimumDays).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.earliestDeadline).toBe('2027-10-01T00:00:00+02:00[Europe/Berlin]');
    expect(codes(result.warnings)).toEqual(['reductionsNotApplicable', 'belowPracticePeriod']);
    expect(result.explanation.flatMap((entry) => entry.sources)).toContain('§ 54 Abs. 2 UVgO');
  });

  it('refuses a deadline before the dispatch', () => {
    const result = checkSubmissionDeadline({ ...vgv, deadline: '2027-09-19T10:00' });
    expect(codes(result.errors)).toEqual(['deadlineBeforeDispatch', 'belowMinimumPeriod']);
  });
});

describe('lastDayForQuestions (§ 20 (3) S. 1 Nr. 1 VgV)', () => {
  it('wants answers six whole days before the deadline day and questions two working days earlier', () => {
    // Deadline Mon 15.11.2027: answers by the end of Mon 08.11, questions by the end of Thu 04.11.
    const result = lastDayForQuestions({
      regime: 'VgV',
      deadline: '2027-11-15T12:00',
      place: { land: 'NI' },
    });
    expect(result).toMatchObject({
      answersDueBy: '2027-11-09T00:00:00+01:00[Europe/Berlin]',
      lastDayForQuestions: '2027-11-04',
      questionsDueBy: '2027-11-05T00:00:00+01:00[Europe/Berlin]',
    });
    expect(QuestionsDeadline.parse(result)).toEqual(result);
  });

  it('takes four days in urgency', () => {
    const result = lastDayForQuestions({
      regime: 'VgV',
      deadline: '2027-11-15T12:00',
      place: { land: 'NI' },
      urgency: true,
      answerPreparationWorkingDays: 0,
    });
    expect(result.answersDueBy).toBe('2027-11-11T00:00:00+01:00[Europe/Berlin]');
    expect(result.lastDayForQuestions).toBe('2027-11-10');
  });

  it('moves a latest answer day on a holiday back to the working day before', () => {
    // Deadline Mon 08.11.2027: latest answer day Mon 01.11, Allerheiligen in BY, not in NI.
    const lowerSaxony = lastDayForQuestions({
      regime: 'VgV',
      deadline: '2027-11-08T12:00',
      place: { land: 'NI' },
    });
    expect(lowerSaxony.answersDueBy).toBe('2027-11-02T00:00:00+01:00[Europe/Berlin]');
    const bavaria = lastDayForQuestions({
      regime: 'VgV',
      deadline: '2027-11-08T12:00',
      place: { land: 'BY' },
    });
    expect(bavaria.answersDueBy).toBe('2027-10-30T00:00:00+02:00[Europe/Berlin]');
    expect(bavaria.lastDayForQuestions).toBe('2027-10-27');
  });
});

describe('bindingPeriodEnd (§§ 148, 187, 188 BGB)', () => {
  it('ends the given number of days after the deadline day', () => {
    const result = bindingPeriodEnd({
      deadline: '2027-11-15T12:00',
      days: 30,
      place: { land: 'NI' },
    });
    expect(result).toMatchObject({
      lastDay: '2027-12-15',
      end: '2027-12-16T00:00:00+01:00[Europe/Berlin]',
      lastWorkingDayForAward: '2027-12-15',
      warnings: [],
    });
    expect(BindingPeriod.parse(result)).toEqual(result);
  });

  it('does not rely on § 193 BGB when it ends on a holiday: award by the working day before', () => {
    const result = bindingPeriodEnd({
      deadline: '2027-11-15T12:00',
      days: 40,
      place: { land: 'NI' },
    });
    expect(result).toMatchObject({ lastDay: '2027-12-25', lastWorkingDayForAward: '2027-12-24' });
    expect(codes(result.warnings)).toEqual(['bindingPeriodEndsOnNonWorkingDay']);
  });

  it('warns, without blocking, when it is unusually long', () => {
    const result = bindingPeriodEnd({
      deadline: '2027-11-15T12:00',
      days: 91,
      place: { land: 'NI' },
    });
    expect(result.errors).toEqual([]);
    expect(codes(result.warnings)).toEqual(['bindingPeriodUnusuallyLong']);
  });
});

describe('extendAfterCorrection (§ 20 (3) VgV)', () => {
  const base = {
    regime: 'VgV',
    procedureType: 'open',
    reductions: ['electronicSubmission'] as PeriodReduction[],
    place: { land: 'NI' },
    originalDeadline: '2027-11-15T12:00',
  } as const;

  it('gives the full minimum period again after a material correction', () => {
    const result = extendAfterCorrection({
      ...base,
      correctedAt: '2027-11-01T09:00:00+01:00',
      material: true,
    });
    expect(result).toMatchObject({
      extensionRequired: true,
      earliestDeadline: '2027-12-02T00:00:00+01:00[Europe/Berlin]',
      errors: [],
    });
    expect(CorrectionExtension.parse(result)).toEqual(result);
    const tooShort = extendAfterCorrection({
      ...base,
      correctedAt: '2027-11-01T09:00:00+01:00',
      material: true,
      proposedDeadline: '2027-11-22T12:00',
    });
    expect(codes(tooShort.errors)).toEqual(['extensionTooShort']);
  });

  it('requires the deadline to move even when the full period already fits', () => {
    const early = {
      ...base,
      originalDeadline: '2028-01-31T12:00',
      correctedAt: '2027-11-01T09:00:00+01:00',
      material: true,
    };
    const result = extendAfterCorrection({ ...early, proposedDeadline: '2028-01-31T12:00' });
    expect(result.extensionRequired).toBe(true);
    expect(codes(result.errors)).toEqual(['extensionTooShort']);
    expect(
      extendAfterCorrection({ ...early, proposedDeadline: '2028-02-01T12:00' }).errors,
    ).toEqual([]);
  });

  it('treats a minor correction as additional information due six days before', () => {
    const inTime = extendAfterCorrection({
      ...base,
      correctedAt: '2027-11-01T09:00:00+01:00',
      material: false,
    });
    expect(inTime).toMatchObject({
      extensionRequired: false,
      earliestDeadline: '2027-11-15T12:00:00+01:00[Europe/Berlin]',
    });
    const late = extendAfterCorrection({
      ...base,
      correctedAt: '2027-11-12T09:00:00+01:00',
      material: false,
    });
    expect(late).toMatchObject({
      extensionRequired: true,
      earliestDeadline: '2027-11-19T00:00:00+01:00[Europe/Berlin]',
    });
  });

  it('refuses a correction after the deadline', () => {
    const result = extendAfterCorrection({
      ...base,
      correctedAt: '2027-11-16T09:00:00+01:00',
      material: true,
    });
    expect(codes(result.errors)).toEqual(['correctionAfterDeadline']);
  });
});
