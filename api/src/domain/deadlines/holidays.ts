import Holidays from 'date-holidays';
import type { DeadlinePlace, GermanLand } from '@tenderwise/schema';
import type { Temporal } from 'temporal-polyfill';
import { partialHolidays, type PartialHoliday } from './holiday-overrides.ts';

export interface DayStatus {
  working: boolean;
  /** Why the day is not a working day. */
  reason: 'saturday' | 'sunday' | 'holiday' | null;
  holidayName: string | null;
  /** Set when the day is taken as a holiday only because the seat's municipality is unknown. */
  assumedPartialHoliday: PartialHoliday | null;
}

interface YearHolidays {
  publicDays: Map<string, string>;
  allDays: Map<string, string>;
}

const byLandAndYear = new Map<string, YearHolidays>();

/** The Land's statutory holidays of a year from `date-holidays` (type `public` only). */
function holidaysOf(land: GermanLand, year: number): YearHolidays {
  const key = `${land}-${year}`;
  let found = byLandAndYear.get(key);
  if (!found) {
    const publicDays = new Map<string, string>();
    const allDays = new Map<string, string>();
    for (const holiday of new Holidays('DE', land).getHolidays(year)) {
      const day = holiday.date.slice(0, 10);
      allDays.set(day, holiday.name);
      // The library also returns observances (e.g. 15 August statewide in Bavaria): not holidays.
      if (holiday.type === 'public') publicDays.set(day, holiday.name);
    }
    found = { publicDays, allDays };
    byLandAndYear.set(key, found);
  }
  return found;
}

function partialHolidayDate(holiday: PartialHoliday, year: number): string | null {
  if ('monthDay' in holiday.date) return `${year}-${holiday.date.monthDay}`;
  const { libraryName } = holiday.date;
  for (const [day, name] of holidaysOf(holiday.land, year).allDays) {
    if (name === libraryName) return day;
  }
  return null;
}

const sameName = (a: string, b: string) => a.localeCompare(b, 'de', { sensitivity: 'base' }) === 0;

/**
 * Whether a partial holiday holds at the seat: as the caller states it, else by the statute's
 * list of municipalities, else assumed (the stricter reading for a deadline: a holiday only
 * lengthens a period the bidders get).
 */
function partialHolds(holiday: PartialHoliday, place: DeadlinePlace): 'yes' | 'no' | 'assumed' {
  if (place.localHolidays) return place.localHolidays.includes(holiday.id) ? 'yes' : 'no';
  if (holiday.municipalities && place.municipality !== undefined) {
    return holiday.municipalities.some((name) => sameName(name, place.municipality!))
      ? 'yes'
      : 'no';
  }
  return 'assumed';
}

/** Whether a day is a working day at the authority's seat, and why not. */
export function dayStatus(day: Temporal.PlainDate, place: DeadlinePlace): DayStatus {
  const text = day.toString();
  const statutory = holidaysOf(place.land, day.year).publicDays.get(text);
  if (statutory !== undefined) {
    return {
      working: false,
      reason: 'holiday',
      holidayName: statutory,
      assumedPartialHoliday: null,
    };
  }
  for (const holiday of partialHolidays) {
    if (holiday.land !== place.land || partialHolidayDate(holiday, day.year) !== text) continue;
    const holds = partialHolds(holiday, place);
    if (holds === 'no') continue;
    return {
      working: false,
      reason: 'holiday',
      holidayName: holiday.name.de,
      assumedPartialHoliday: holds === 'assumed' ? holiday : null,
    };
  }
  if (day.dayOfWeek === 6) {
    return { working: false, reason: 'saturday', holidayName: null, assumedPartialHoliday: null };
  }
  if (day.dayOfWeek === 7) {
    return { working: false, reason: 'sunday', holidayName: null, assumedPartialHoliday: null };
  }
  return { working: true, reason: null, holidayName: null, assumedPartialHoliday: null };
}
