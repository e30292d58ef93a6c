import type { DeadlinePlace } from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { periodEnd, type CalendarRule } from './calendar-rules.ts';
import { dayStatus } from './holidays.ts';
import { endOfDay, startOfDay, zonedText } from './time.ts';

const day = (text: string) => Temporal.PlainDate.from(text);
const ni: DeadlinePlace = { land: 'NI' };
const by: DeadlinePlace = { land: 'BY' };

function end(
  rule: CalendarRule,
  event: string,
  length: { days: number } | { months: number },
  place: DeadlinePlace,
) {
  const result = periodEnd({ rule, eventDay: day(event), length, place });
  return {
    lastDay: result.lastDay.toString(),
    end: zonedText(result.end),
    codes: result.steps.map((s) => s.code),
  };
}

describe('periods under Regulation 1182/71 and §§ 187–193 BGB', () => {
  it('ends 10 days from Thu 21.10.2027 on Mon 01.11 in Lower Saxony and Tue 02.11 in Bavaria', () => {
    // 31.10.2027 is a Sunday and Reformationstag in NI; 01.11 is Allerheiligen in BY only.
    expect(end('regulation-1182-71', '2027-10-21', { days: 10 }, ni)).toMatchObject({
      lastDay: '2027-11-01',
      end: '2027-11-02T00:00:00+01:00[Europe/Berlin]',
    });
    expect(end('regulation-1182-71', '2027-10-21', { days: 10 }, by)).toMatchObject({
      lastDay: '2027-11-02',
      end: '2027-11-03T00:00:00+01:00[Europe/Berlin]',
    });
  });

  it.each(['regulation-1182-71', 'bgb'] as const)(
    'moves a last day on a Land holiday (Fronleichnam 27.05.2027 in BY, not in NI) under %s',
    (rule) => {
      expect(end(rule, '2027-05-17', { days: 10 }, by)).toMatchObject({
        lastDay: '2027-05-28',
        codes: ['periodCounted', 'lastDayMoved', 'periodEnds'],
      });
      expect(end(rule, '2027-05-17', { days: 10 }, ni)).toMatchObject({
        lastDay: '2027-05-27',
        end: '2027-05-28T00:00:00+02:00[Europe/Berlin]',
      });
    },
  );

  it.each(['regulation-1182-71', 'bgb'] as const)(
    'moves a Saturday or Sunday end to Monday under %s',
    (rule) => {
      expect(end(rule, '2027-01-13', { days: 10 }, ni).lastDay).toBe('2027-01-25'); // Saturday
      expect(end(rule, '2027-01-14', { days: 10 }, ni).lastDay).toBe('2027-01-25'); // Sunday
    },
  );

  it('ends a month from 31 January on the last day of February, in common and leap years', () => {
    // 28.02.2027 is a Sunday, so the end moves to Monday 01.03.2027.
    expect(end('bgb', '2027-01-31', { months: 1 }, ni)).toMatchObject({ lastDay: '2027-03-01' });
    expect(end('bgb', '2028-01-31', { months: 1 }, ni)).toMatchObject({
      lastDay: '2028-02-29',
      end: '2028-03-01T00:00:00+01:00[Europe/Berlin]',
    });
    expect(end('regulation-1182-71', '2028-02-29', { months: 12 }, ni).lastDay).toBe('2029-02-28');
  });

  it('counts 29 February in a leap year', () => {
    expect(end('regulation-1182-71', '2028-02-10', { days: 35 }, ni).lastDay).toBe('2028-03-16');
    expect(end('regulation-1182-71', '2027-02-10', { days: 35 }, ni).lastDay).toBe('2027-03-17');
  });

  it('gives a period of two days at least two working days under the Regulation only (Easter 2027)', () => {
    // Event Thu 25.03.2027: Good Friday 26.03, weekend (clocks change on 28.03), Easter Monday 29.03.
    expect(end('regulation-1182-71', '2027-03-25', { days: 2 }, ni)).toMatchObject({
      lastDay: '2027-03-31',
      end: '2027-04-01T00:00:00+02:00[Europe/Berlin]',
      codes: ['periodCounted', 'lastDayMoved', 'twoWorkingDays', 'periodEnds'],
    });
    expect(end('bgb', '2027-03-25', { days: 2 }, ni)).toMatchObject({
      lastDay: '2027-03-30',
      end: '2027-03-31T00:00:00+02:00[Europe/Berlin]',
    });
  });

  it('ends days at the next day start across the 2027 clock changes (23 and 25 hours)', () => {
    expect(zonedText(endOfDay(day('2027-03-27')))).toBe('2027-03-28T00:00:00+01:00[Europe/Berlin]');
    expect(zonedText(endOfDay(day('2027-03-28')))).toBe('2027-03-29T00:00:00+02:00[Europe/Berlin]');
    expect(
      startOfDay(day('2027-03-28'))
        .until(endOfDay(day('2027-03-28')))
        .total('hours'),
    ).toBe(23);
    expect(
      startOfDay(day('2027-10-31'))
        .until(endOfDay(day('2027-10-31')))
        .total('hours'),
    ).toBe(25);
    expect(end('bgb', '2027-10-19', { days: 10 }, by).end).toBe(
      '2027-10-30T00:00:00+02:00[Europe/Berlin]',
    );
  });
});

describe('holidays at the authority seat', () => {
  it('takes only public holidays from the library, not observances', () => {
    expect(dayStatus(day('2027-11-17'), { land: 'SN' })).toMatchObject({
      working: false,
      holidayName: 'Buß- und Bettag',
    });
    expect(dayStatus(day('2027-11-17'), { land: 'BE' }).working).toBe(true);
    expect(dayStatus(day('2027-03-08'), { land: 'BE' }).working).toBe(false);
  });

  it('assumes a partial holiday when the seat is not known, and says so', () => {
    // 08.08.2028 (Tuesday): Friedensfest in the city of Augsburg only.
    const assumed = periodEnd({
      rule: 'bgb',
      eventDay: day('2028-07-29'),
      length: { days: 10 },
      place: by,
    });
    expect(assumed.lastDay.toString()).toBe('2028-08-09');
    expect(assumed.steps.map((s) => s.code)).toContain('partialHolidayAssumed');
    const munich = periodEnd({
      rule: 'bgb',
      eventDay: day('2028-07-29'),
      length: { days: 10 },
      place: { land: 'BY', municipality: 'München' },
    });
    expect(munich.lastDay.toString()).toBe('2028-08-08');
    const augsburg = dayStatus(day('2028-08-08'), { land: 'BY', municipality: 'augsburg' });
    expect(augsburg).toMatchObject({ working: false, assumedPartialHoliday: null });
  });

  it('lets the caller state which partial holidays hold at the seat', () => {
    const assumption = dayStatus(day('2028-08-15'), by);
    expect(assumption.working).toBe(false);
    expect(assumption.assumedPartialHoliday?.id).toBe('mariaeHimmelfahrtBY');
    expect(dayStatus(day('2028-08-15'), { land: 'BY', localHolidays: [] }).working).toBe(true);
    expect(
      dayStatus(day('2028-08-15'), { land: 'BY', localHolidays: ['mariaeHimmelfahrtBY'] }),
    ).toMatchObject({
      working: false,
      assumedPartialHoliday: null,
    });
    expect(dayStatus(day('2027-05-27'), { land: 'SN' }).assumedPartialHoliday?.id).toBe(
      'fronleichnamSN',
    );
    expect(dayStatus(day('2027-05-27'), { land: 'TH', localHolidays: [] }).working).toBe(true);
  });
});
