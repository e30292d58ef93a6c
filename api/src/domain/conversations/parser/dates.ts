import type { ParseContext } from './context.ts';
import { consume, type Scan } from './scan.ts';

const months: Record<string, number> = {
  januar: 1,
  jan: 1,
  january: 1,
  janner: 1,
  februar: 2,
  feb: 2,
  february: 2,
  marz: 3,
  maerz: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};
const monthPattern = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join('|');

const endOfMonth = new RegExp(
  String.raw`\b(?:ende|end of|end)\s+(${monthPattern})\b\.?,?\s*(\d{4})?`,
  'g',
);
const dayMonthYear = new RegExp(
  String.raw`\b(\d{1,2})(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(${monthPattern})\b\.?,?\s*(\d{4})?`,
  'g',
);
const monthDayYear = new RegExp(
  String.raw`\b(${monthPattern})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s*(\d{4})?`,
  'g',
);

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The date if it exists in the calendar ("31.02." does not). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

function fromToday(today: string, unit: string, amount: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (/^(tag|day)/.test(unit)) date.setUTCDate(date.getUTCDate() + amount);
  else if (/^(woche|week)/.test(unit)) date.setUTCDate(date.getUTCDate() + 7 * amount);
  else {
    const monthsAhead = /^(jahr|year)/.test(unit) ? 12 * amount : amount;
    const target = new Date(Date.UTC(year, month - 1 + monthsAhead, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
    // "in einem Monat" from 31 January is the last day of February, not 3 March.
    date.setTime(
      Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay.getUTCDate())),
    );
  }
  return date.toISOString().slice(0, 10);
}

/** A year left out means the next such day from today on; without today it cannot be known. */
function withYear(context: ParseContext, year: string | undefined, month: number, day: number) {
  if (year) return calendarDate(year.length === 2 ? 2000 + Number(year) : Number(year), month, day);
  if (!context.today) return undefined;
  const thisYear = Number(context.today.slice(0, 4));
  const candidate = calendarDate(thisYear, month, day);
  if (!candidate) return calendarDate(thisYear + 1, month, day);
  return candidate >= context.today ? candidate : calendarDate(thisYear + 1, month, day);
}

/**
 * Dates as buyers write them: "31.03.2027", "31.3.27", "31. März 2027", "31 March 2027",
 * "March 31st, 2027", "2027-03-31", "31/03/2027" (day first; "03/04/2027" is read only where the
 * language leaves no doubt), and, given today, "in 6 Wochen", "in six weeks", "morgen".
 */
export function recogniseDates(scan: Scan, context: ParseContext): void {
  const accept = (date: string | undefined) => {
    if (date) scan.dates.push(date);
    else scan.problems.push('date');
    return true;
  };
  consume(scan, /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (m) =>
    accept(calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))),
  );
  // "1.5." is a date, "1.5" a number: the closing point decides.
  consume(scan, /(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d,]|\.\d)/g, (m) =>
    accept(withYear(context, m[3], Number(m[2]), Number(m[1]))),
  );
  consume(scan, /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (m) => {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first <= 12 && second <= 12 && first !== second && context.language === 'en') {
      scan.problems.push('date');
      return true;
    }
    return accept(
      first > 12 || context.language === 'de' || first === second
        ? calendarDate(Number(m[3]), second, first)
        : calendarDate(Number(m[3]), first, second),
    );
  });
  // "Ende März 2027", "end of March": the month's last day.
  consume(scan, endOfMonth, (m) => {
    const month = months[m[1]!]!;
    const year =
      m[2] ?? (context.today ? withYear(context, undefined, month, 1)?.slice(0, 4) : undefined);
    if (!year) return accept(undefined);
    return accept(
      calendarDate(Number(year), month, new Date(Date.UTC(Number(year), month, 0)).getUTCDate()),
    );
  });
  consume(scan, dayMonthYear, (m) => accept(withYear(context, m[3], months[m[2]!]!, Number(m[1]))));
  consume(scan, monthDayYear, (m) => accept(withYear(context, m[3], months[m[1]!]!, Number(m[2]))));
  if (!context.expects?.includes('date')) return;
  consume(
    scan,
    /\b(?:in|within|innerhalb von|binnen)\s+(\d{1,3})\s+(tag(?:e|en)?|days?|wochen?|weeks?|monat(?:e|en)?|months?|jahr(?:e|en)?|years?)\b/g,
    (m) =>
      context.today ? accept(fromToday(context.today, m[2]!, Number(m[1]))) : accept(undefined),
  );
  const relative: [RegExp, number][] = [
    [/\b(?:ubermorgen|the day after tomorrow)\b/g, 2],
    [/\b(?:morgen|tomorrow)\b/g, 1],
    [/\b(?:heute|today)\b/g, 0],
  ];
  for (const [pattern, days] of relative) {
    consume(scan, pattern, () =>
      accept(context.today ? fromToday(context.today, 'tag', days) : undefined),
    );
  }
}
