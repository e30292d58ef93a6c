/**
 * Calendar dates (`YYYY-MM-DD`) without a time of day or a time zone: an attestation is valid on
 * a day, wherever the reader sits. Computed on the proleptic Gregorian calendar in UTC, so no
 * daylight-saving change or local zone can move a day.
 */

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function partsOf(date: string): Parts | null {
  const match = pattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: Parts): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function requireParts(date: string): Parts {
  const parts = partsOf(date);
  if (parts === null) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  return parts;
}

/** Whether the text is a calendar date that exists (no 30 February). */
export function isCalendarDate(date: string): boolean {
  return partsOf(date) !== null;
}

/**
 * The date `months` months later: the same day number, or the month's last day where the target
 * month is shorter (31 January + 1 month = 28 or 29 February), as § 188 (2) and (3) BGB end a
 * period of months.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError('Months must be a whole number');
  const { year, month, day } = requireParts(date);
  const index = year * 12 + (month - 1) + months;
  const target = { year: Math.floor(index / 12), month: (index % 12) + 1 };
  if (target.year < 0 || target.year > 9999) throw new RangeError('Date out of range');
  return format({ ...target, day: Math.min(day, daysInMonth(target.year, target.month)) });
}

function epochDay(parts: Parts): number {
  const at = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  at.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  return Math.round(at.getTime() / 86_400_000);
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError('Days must be a whole number');
  const at = new Date((epochDay(requireParts(date)) + days) * 86_400_000);
  return format({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return epochDay(requireParts(to)) - epochDay(requireParts(from));
}
