import type { DeadlinePlace, DeadlineRegime } from '@tenderwise/schema';
import type { Temporal } from 'temporal-polyfill';
import { assumedHolidayStep, nonWorkingReason, step, type Step } from './explanation.ts';
import { dayStatus } from './holidays.ts';
import { endOfDay, formatDay } from './time.ts';

/**
 * The two calendars of German procurement: Regulation (EEC, Euratom) No 1182/71 for the periods
 * of the VgV (§ 82 VgV) and §§ 186–193 BGB for those of the UVgO (§ 54 (2) UVgO).
 */
export type CalendarRule = 'regulation-1182-71' | 'bgb';

export function calendarRuleOf(regime: DeadlineRegime): CalendarRule {
  return regime === 'VgV' ? 'regulation-1182-71' : 'bgb';
}

export const ruleSources: Record<CalendarRule, { base: string; shift: string; months: string }> = {
  'regulation-1182-71': {
    base: '§ 82 VgV; Art. 3 Abs. 1 UAbs. 2, Abs. 2 lit. b VO (EWG, Euratom) Nr. 1182/71',
    shift: 'Art. 3 Abs. 4 VO (EWG, Euratom) Nr. 1182/71',
    months: 'Art. 3 Abs. 2 lit. c VO (EWG, Euratom) Nr. 1182/71',
  },
  bgb: {
    base: '§ 54 Abs. 2 UVgO; § 187 Abs. 1, § 188 Abs. 1 BGB',
    shift: '§ 193 BGB',
    months: '§ 188 Abs. 2 und 3 BGB',
  },
};

const twoWorkingDaysSource = 'Art. 3 Abs. 5 VO (EWG, Euratom) Nr. 1182/71';

export type PeriodLength = { days: number } | { months: number };

export interface PeriodEnd {
  /** The last day after every shift: the period ends at the end of this day. */
  lastDay: Temporal.PlainDate;
  end: Temporal.ZonedDateTime;
  steps: Step[];
}

/** The first working day after `day` at the seat. */
export function nextWorkingDay(day: Temporal.PlainDate, place: DeadlinePlace): Temporal.PlainDate {
  let candidate = day.add({ days: 1 });
  while (!dayStatus(candidate, place).working) candidate = candidate.add({ days: 1 });
  return candidate;
}

/** The last working day on or before `day` at the seat. */
export function workingDayOnOrBefore(
  day: Temporal.PlainDate,
  place: DeadlinePlace,
): Temporal.PlainDate {
  let candidate = day;
  while (!dayStatus(candidate, place).working) candidate = candidate.subtract({ days: 1 });
  return candidate;
}

function workingDaysBetween(
  first: Temporal.PlainDate,
  last: Temporal.PlainDate,
  place: DeadlinePlace,
): number {
  let count = 0;
  for (let day = first; day.until(last).days >= 0; day = day.add({ days: 1 })) {
    if (dayStatus(day, place).working) count += 1;
  }
  return count;
}

/**
 * The end of a period that runs from an event (dispatch of a notice, a deadline, a correction)
 * under the calendar rule: the event's day is not counted; a period of days ends at the end of
 * its last day; a period of months on the same date of the last month, or on that month's last
 * day where the date does not exist; a last day that is a Saturday, Sunday or public holiday at
 * the seat gives way to the next working day; under Regulation 1182/71 a period of two days or
 * more also contains at least two working days.
 */
export function periodEnd(input: {
  rule: CalendarRule;
  eventDay: Temporal.PlainDate;
  length: PeriodLength;
  place: DeadlinePlace;
}): PeriodEnd {
  const { rule, eventDay, length, place } = input;
  const sources = ruleSources[rule];
  const steps: Step[] = [];
  const firstDay = eventDay.add({ days: 1 });
  const event = formatDay(eventDay);
  let scheduled: Temporal.PlainDate;
  if ('days' in length) {
    scheduled = eventDay.add({ days: length.days });
    const last = formatDay(scheduled);
    steps.push(
      step(
        'periodCounted',
        {
          de: `Der Tag des Ereignisses (${event.de}) wird nicht mitgerechnet; die Frist von ${length.days} Tagen beginnt am ${formatDay(firstDay).de} um 0:00 Uhr. Letzter Tag: ${last.de}.`,
          en: `The day of the event (${event.en}) is not counted; the period of ${length.days} days begins on ${formatDay(firstDay).en} at 00:00. Last day: ${last.en}.`,
        },
        [sources.base],
        { date: scheduled },
      ),
    );
  } else {
    // Temporal constrains 31 January + 1 month to the month's last day, as both rules do.
    scheduled = eventDay.add({ months: length.months }, { overflow: 'constrain' });
    const last = formatDay(scheduled);
    const constrained = scheduled.day !== eventDay.day;
    steps.push(
      step(
        'periodCounted',
        {
          de: `Eine Frist von ${length.months} Monat(en) ab ${event.de} endet mit dem Tag, der durch seine Zahl dem Tag des Ereignisses entspricht${constrained ? '; da es ihn im letzten Monat nicht gibt, mit dessen letztem Tag' : ''}: ${last.de}.`,
          en: `A period of ${length.months} month(s) from ${event.en} ends on the day with the same date${constrained ? '; as the last month has no such date, on its last day' : ''}: ${last.en}.`,
        },
        [sources.base, sources.months],
        { date: scheduled },
      ),
    );
  }

  let lastDay = scheduled;
  const scheduledStatus = dayStatus(scheduled, place);
  if (!scheduledStatus.working) {
    const assumed = assumedHolidayStep(scheduled, scheduledStatus);
    if (assumed) steps.push(assumed);
    lastDay = nextWorkingDay(scheduled, place);
    const why = nonWorkingReason(scheduledStatus);
    steps.push(
      step(
        'lastDayMoved',
        {
          de: `Der letzte Tag ist ein ${why.de} am Sitz des Auftraggebers; die Frist endet mit Ablauf des nächsten Werktags, ${formatDay(lastDay).de}.`,
          en: `The last day is a ${why.en} at the authority's seat; the period ends at the end of the next working day, ${formatDay(lastDay).en}.`,
        },
        [sources.shift],
        { date: lastDay },
      ),
    );
  }

  const lengthInDays = firstDay.until(scheduled).days + 1;
  if (rule === 'regulation-1182-71' && lengthInDays >= 2) {
    while (workingDaysBetween(firstDay, lastDay, place) < 2) {
      lastDay = nextWorkingDay(lastDay, place);
      steps.push(
        step(
          'twoWorkingDays',
          {
            de: `Eine Frist von zwei oder mehr Tagen muss mindestens zwei Werktage umfassen; sie endet daher erst mit Ablauf des ${formatDay(lastDay).de}.`,
            en: `A period of two days or more must include at least two working days; it therefore ends only at the end of ${formatDay(lastDay).en}.`,
          },
          [twoWorkingDaysSource],
          { date: lastDay },
        ),
      );
    }
  }

  const end = endOfDay(lastDay);
  steps.push(
    step(
      'periodEnds',
      {
        de: `Die Frist endet mit Ablauf des ${formatDay(lastDay).de} (24:00 Uhr Europe/Berlin).`,
        en: `The period ends at the end of ${formatDay(lastDay).en} (24:00 Europe/Berlin).`,
      },
      [sources.base],
      { date: lastDay, moment: end },
    ),
  );
  return { lastDay, end, steps };
}
