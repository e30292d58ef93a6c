import type { DeadlineExplanationStep, DeadlineFinding } from '@tenderwise/schema';
import type { Temporal } from 'temporal-polyfill';
import type { DayStatus } from './holidays.ts';
import { formatDay, zonedText } from './time.ts';

export type Step = DeadlineExplanationStep;
export type Finding = DeadlineFinding;

export function step(
  code: string,
  text: { de: string; en: string },
  sources: string[],
  at?: { date?: Temporal.PlainDate; moment?: Temporal.ZonedDateTime },
): Step {
  return {
    code,
    ...(at?.date ? { date: at.date.toString() } : {}),
    ...(at?.moment ? { at: zonedText(at.moment) } : {}),
    text,
    sources,
  };
}

export function finding(
  code: string,
  text: { de: string; en: string },
  sources: string[],
): Finding {
  return { code, text, sources };
}

/** Why a day is no working day, in both languages ("Sonntag", "Feiertag Allerheiligen"). */
export function nonWorkingReason(status: DayStatus): { de: string; en: string } {
  if (status.reason === 'saturday') return { de: 'Samstag', en: 'Saturday' };
  if (status.reason === 'sunday') return { de: 'Sonntag', en: 'Sunday' };
  return {
    de: `gesetzlicher Feiertag (${status.holidayName})`,
    en: `public holiday (${status.holidayName})`,
  };
}

/** The note that a partial holiday was assumed because the seat's municipality is unknown. */
export function assumedHolidayStep(day: Temporal.PlainDate, status: DayStatus): Step | null {
  const holiday = status.assumedPartialHoliday;
  if (!holiday) return null;
  const when = formatDay(day);
  return step(
    'partialHolidayAssumed',
    {
      de: `${when.de}: ${holiday.name.de} ist nur in Teilen des Landes Feiertag. Ohne Angabe, ob er am Sitz des Auftraggebers gilt, wird er als Feiertag behandelt (strengere Lesart: die Frist für die Bieter wird dadurch nur länger). Geben Sie die Gemeinde bzw. die örtlichen Feiertage an, wenn es darauf ankommt.`,
      en: `${when.en}: ${holiday.name.en} is a public holiday only in parts of the Land. As it is not stated whether it holds at the authority's seat, it is treated as a holiday (the stricter reading: it can only lengthen the bidders' period). State the municipality or the local holidays where it matters.`,
    },
    [holiday.source],
    { date: day },
  );
}
