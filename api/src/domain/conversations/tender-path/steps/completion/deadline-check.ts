import type {
  DeadlinePlace,
  DeadlineRegime,
  PeriodReduction,
  QuestionsDeadline,
  BindingPeriod,
  SubmissionDeadlineCheck,
  TenderResponse,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import {
  bindingPeriodEnd,
  checkSubmissionDeadline,
  lastDayForQuestions,
} from '../../../../deadlines/index.ts';
import { dayStatus } from '../../../../deadlines/holidays.ts';
import { berlin } from '../../../../deadlines/time.ts';
import { DomainError } from '../../../../errors.ts';

/**
 * The deadline rules (domain/deadlines) applied to a deadline the officer proposes in the
 * dialogue, before anything is saved, the way the tender's own checks apply them.
 */
export interface DeadlineModel {
  regime: DeadlineRegime;
  place: DeadlinePlace;
  reductions: PeriodReduction[];
  /**
   * Whether a minimum period is modelled: the open procedure (VgV; SektVO and VSVgV take the
   * VgV's periods, the stricter reading, as the tender's deadline checks do) and the UVgO's
   * Öffentliche Ausschreibung.
   */
  modelled: boolean;
}

export function deadlineModelOf(tender: TenderResponse): DeadlineModel {
  const type = tender.procedureTypeId.replace(/^[a-z]+\./, '');
  const regime: DeadlineRegime = tender.regime === 'UVgO' ? 'UVgO' : 'VgV';
  return {
    regime,
    place: { land: tender.land.slice(3) as DeadlinePlace['land'] },
    reductions: [...tender.deadlines.periodReductions],
    modelled: regime === 'UVgO' ? type === 'public-tender' : type === 'open',
  };
}

/** The notice of a draft is not sent yet: the check assumes it is sent today (Berlin). */
function dispatchToday(today: string): string {
  return Temporal.PlainDate.from(today)
    .toZonedDateTime({ timeZone: berlin, plainTime: '12:00' })
    .toInstant()
    .toString();
}

export interface DeadlineReading {
  submission: SubmissionDeadlineCheck | null;
  questions: QuestionsDeadline;
  binding: BindingPeriod;
}

/**
 * Every rule for a proposed deadline (`YYYY-MM-DDTHH:MM`, Berlin): the minimum period, the last
 * day for questions and the end of the Bindefrist. A wall-clock time that does not exist or is
 * ambiguous in Berlin comes back as `invalid` with the rules' reason.
 */
export function readDeadline(
  model: DeadlineModel,
  today: string,
  deadline: string,
  bidValidityDays: number,
): DeadlineReading | { invalid: string } {
  try {
    return {
      submission: model.modelled
        ? checkSubmissionDeadline({
            regime: model.regime,
            procedureType: 'open',
            dispatchedAt: dispatchToday(today),
            deadline,
            place: model.place,
            reductions: model.reductions,
          })
        : null,
      questions: lastDayForQuestions({
        regime: model.regime,
        deadline,
        place: model.place,
        urgency: model.reductions.includes('urgency'),
      }),
      binding: bindingPeriodEnd({ deadline, days: bidValidityDays, place: model.place }),
    };
  } catch (error) {
    if (error instanceof DomainError) return { invalid: error.message };
    throw error;
  }
}

/**
 * The earliest deadline worth offering: the first working day at the seat on which the minimum
 * period has run out, at 12:00. The period ends at the end of its last day, so noon of the day
 * after is permissible; a deadline on a day off is allowed but leaves bidders without help.
 */
export function earliestOffer(model: DeadlineModel, today: string): string | null {
  if (!model.modelled) return null;
  const probe = Temporal.PlainDate.from(today).add({ days: 60 }).toString();
  const reading = readDeadline(model, today, `${probe}T12:00`, 60);
  if ('invalid' in reading || reading.submission === null) return null;
  let day = Temporal.ZonedDateTime.from(reading.submission.earliestDeadline).toPlainDate();
  while (!dayStatus(day, model.place).working) day = day.add({ days: 1 });
  return `${day.toString()}T12:00`;
}

/** Today plus whole weeks, moved to the next working day at the seat. */
export function weeksAhead(model: DeadlineModel, today: string, weeks: number): string {
  let day = Temporal.PlainDate.from(today).add({ weeks });
  while (!dayStatus(day, model.place).working) day = day.add({ days: 1 });
  return day.toString();
}

/** "31.03.2027, 12:00 Uhr" / "2027-03-31 12:00" for a local deadline. */
export function localText(deadline: string): { de: string; en: string } {
  const [date = '', time = ''] = deadline.split('T');
  const [year, month, day] = date.split('-');
  return { de: `${day}.${month}.${year}, ${time} Uhr`, en: `${date} ${time}` };
}

/** "31.03.2027" / "2027-03-31". */
export function dayText(date: string): { de: string; en: string } {
  const [year, month, day] = date.split('-');
  return { de: `${day}.${month}.${year}`, en: date };
}
