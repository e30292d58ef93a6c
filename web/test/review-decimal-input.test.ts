import { describe, expect, it } from 'vitest';
import {
  decimalInputValue,
  isCalendarDate,
  parseDecimal,
} from '../src/lib/options-reviews/decimal-input.ts';

describe('parseDecimal', () => {
  it('reads German numbers with thousands points and a decimal comma', () => {
    expect(parseDecimal('1.200.000,50', 'de')).toBe(1200000.5);
    expect(parseDecimal('1.200', 'de')).toBe(1200);
    expect(parseDecimal(' -3,5 ', 'de')).toBe(-3.5);
    expect(parseDecimal('1 200 000', 'de')).toBe(1200000);
  });

  it('reads English numbers with thousands commas and a decimal point', () => {
    expect(parseDecimal('1,200,000.50', 'en')).toBe(1200000.5);
    expect(parseDecimal('1,200', 'en')).toBe(1200);
    expect(parseDecimal('0.1', 'en')).toBe(0.1);
  });

  it('takes the other mark as a decimal mark where it cannot separate thousands', () => {
    expect(parseDecimal('12.5', 'de')).toBe(12.5);
    expect(parseDecimal('99,95', 'en')).toBe(99.95);
  });

  it('refuses what is no number', () => {
    for (const text of ['', 'abc', '1,2,3', '1.200,5,5', '12,34.5', '1e5', '--1', '1.2.3']) {
      expect(parseDecimal(text, 'de'), text).toBeNull();
    }
  });
});

describe('decimalInputValue', () => {
  it('shows a number without separators, in the language’s decimal mark', () => {
    expect(decimalInputValue(1200000.5, 'de')).toBe('1200000,5');
    expect(decimalInputValue(1200000.5, 'en')).toBe('1200000.5');
    expect(parseDecimal(decimalInputValue(0.1, 'de'), 'de')).toBe(0.1);
  });
});

describe('isCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2027-01-15')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('15.01.2027')).toBe(false);
  });
});
