import { Temporal } from 'temporal-polyfill';
import { ValidationError } from '../errors.ts';

/** Procurement deadlines in this product are kept in German time (DESIGN: Europe/Berlin). */
export const berlin = 'Europe/Berlin';

/** The first moment of a day in Berlin (midnight exists on every day there: DST moves 02:00). */
export function startOfDay(day: Temporal.PlainDate): Temporal.ZonedDateTime {
  return day.toZonedDateTime({ timeZone: berlin });
}

/** The end of a day is the next day's start, so 23 or 25 hours after its start across DST. */
export function endOfDay(day: Temporal.PlainDate): Temporal.ZonedDateTime {
  return startOfDay(day.add({ days: 1 }));
}

/** The Berlin calendar day on which an instant (e.g. the dispatch of a notice) falls. */
export function berlinDayOf(instant: string): Temporal.PlainDate {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(berlin).toPlainDate();
}

export function berlinMomentOf(instant: string): Temporal.ZonedDateTime {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(berlin);
}

const localPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2})?$/;

/**
 * A deadline written as a Berlin wall-clock time. A bidder must be able to read one unique
 * moment from it, so nothing is guessed: a time skipped when summer time starts (e.g.
 * 28.03.2027 02:30) is refused, and a time repeated when it ends (31.10.2027 02:30) is refused
 * unless the offset names which of the two (`+02:00` the first, `+01:00` the second).
 * Throws a ValidationError naming `pointer`.
 */
export function resolveLocalDeadline(text: string, pointer: string): Temporal.ZonedDateTime {
  const refuse = (detail: string): never => {
    throw new ValidationError(detail, [{ in: 'body', pointer, detail }]);
  };
  const match = localPattern.exec(text);
  if (!match) return refuse('Expected a local date and time such as 2027-11-02T12:00');
  let wallClock: Temporal.PlainDateTime;
  try {
    wallClock = Temporal.PlainDateTime.from(match[1]!, { overflow: 'reject' });
  } catch {
    return refuse(`${match[1]} is not a valid date and time`);
  }
  const earlier = wallClock.toZonedDateTime(berlin, { disambiguation: 'earlier' });
  const later = wallClock.toZonedDateTime(berlin, { disambiguation: 'later' });
  const offset = match[2];
  if (earlier.equals(later)) {
    if (offset !== undefined && offset !== earlier.offset) {
      refuse(`${match[1]} in Europe/Berlin has the offset ${earlier.offset}, not ${offset}`);
    }
    return earlier;
  }
  if (!earlier.toPlainDateTime().equals(wallClock)) {
    return refuse(
      `${match[1]} does not exist in Europe/Berlin (the clocks skip this hour); choose another time`,
    );
  }
  if (offset === earlier.offset) return earlier;
  if (offset === later.offset) return later;
  return refuse(
    `${match[1]} occurs twice in Europe/Berlin (the clocks repeat this hour); add ${earlier.offset} for the first or ${later.offset} for the second`,
  );
}

const weekdaysDe = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'];
const weekdaysEn = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const pad = (value: number) => String(value).padStart(2, '0');

/** "Mo., 01.11.2027" and "Mon 2027-11-01", for the explanations. */
export function formatDay(day: Temporal.PlainDate): { de: string; en: string } {
  return {
    de: `${weekdaysDe[day.dayOfWeek - 1]}, ${pad(day.day)}.${pad(day.month)}.${day.year}`,
    en: `${weekdaysEn[day.dayOfWeek - 1]} ${day.toString()}`,
  };
}

/** "Mo., 01.11.2027, 12:00 Uhr" and "Mon 2027-11-01 12:00 (+01:00)". */
export function formatMoment(moment: Temporal.ZonedDateTime): { de: string; en: string } {
  const day = formatDay(moment.toPlainDate());
  const time = `${pad(moment.hour)}:${pad(moment.minute)}`;
  return {
    de: `${day.de}, ${time} Uhr (${moment.offset})`,
    en: `${day.en} ${time} (${moment.offset})`,
  };
}

/** The RFC 9557 form the schema's ZonedMoment expects (whole seconds). */
export function zonedText(moment: Temporal.ZonedDateTime): string {
  return moment.toString({ smallestUnit: 'second', fractionalSecondDigits: 0 });
}
