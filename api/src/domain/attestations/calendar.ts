import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates (`YYYY-MM-DD`) without a time of day or a time zone: an attestation is valid on
 * a day, wherever the reader sits. Temporal's `PlainDate` has no zone, so no daylight-saving
 * change or local zone can move a day.
 */

const pattern = /^\d{4}-\d{2}-\d{2}$/;

function plainDateOf(date: string): Temporal.PlainDate | null {
  if (!pattern.test(date)) return null;
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' });
  } catch {
    return null;
  }
}

function requireDate(date: string): Temporal.PlainDate {
  const parsed = plainDateOf(date);
  if (parsed === null) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  return parsed;
}

/** Four-digit years only, as the pattern reads them back. */
function format(date: Temporal.PlainDate): string {
  if (date.year < 0 || date.year > 9999) throw new RangeError('Date out of range');
  return date.toString();
}

/** Whether the text is a calendar date that exists (no 30 February). */
export function isCalendarDate(date: string): boolean {
  return plainDateOf(date) !== null;
}

/**
 * The date `months` months later: the same day number, or the month's last day where the target
 * month is shorter (31 January + 1 month = 28 or 29 February), as § 188 (2) and (3) BGB end a
 * period of months.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError('Months must be a whole number');
  return format(requireDate(date).add({ months }, { overflow: 'constrain' }));
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError('Days must be a whole number');
  return format(requireDate(date).add({ days }));
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return requireDate(from).until(requireDate(to), { largestUnit: 'day' }).days;
}
