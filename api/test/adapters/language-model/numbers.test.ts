import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  keepsNumbers,
  numbersIn,
  typedValues,
} from '../../../src/adapters/language-model/numbers.ts';

describe('numbersIn', () => {
  it('reads German and English numbers as written, with sign, scale and unit', () => {
    expect(numbersIn('Angebot A liegt mit 1.234,56 € und 12,5 % vorn; Frist 12.03.2026.')).toEqual(
      new Set(['1.234,56 €', '12,5 %', '12.03.2026']),
    );
    expect(
      numbersIn('Option B costs €1,200,000.50, a change of -3.5 percent, for 64 GPUs.'),
    ).toEqual(new Set(['1,200,000.50 €', '-3.5 %', '64']));
    expect(numbersIn('1,2 Mio. EUR oder 1,2 Millionen Euro; 2 Mrd. und 300 Tsd.')).toEqual(
      new Set(['1,2 M €', '2 G', '300 k']),
    );
  });

  it('takes a hyphen inside a word or range for a dash, not a sign', () => {
    expect(numbersIn('SOV-4, 2024-2026')).toEqual(new Set(['4', '2024', '2026']));
  });
});

describe('keepsNumbers', () => {
  const german = 'Angebot A erreicht 71,3 Punkte bei 1.200.000 € und einem Preisanteil von 40 %.';
  const english = 'Option A scores 71.3 points at €1,200,000 with price weighted 40%.';

  it('accepts a rephrasing that keeps every number, whatever words it puts around them', () => {
    expect(
      keepsNumbers(
        german,
        'Mit 71,3 Punkten liegt Angebot A vorn – Preis 40 Prozent, 1.200.000 Euro.',
      ),
    ).toBe(true);
    expect(
      keepsNumbers(
        english,
        'At 1,200,000 EUR, option A gets 71.3 points; price counts 40 percent.',
      ),
    ).toBe(true);
  });

  it('refuses a number left out, reformatted, rounded or with another unit or scale', () => {
    expect(keepsNumbers(german, 'Angebot A erreicht 71,3 Punkte bei 1.200.000 €.')).toBe(false);
    expect(keepsNumbers(german, 'A: 71,3 Punkte, 1 200 000 €, Preis 40 %.')).toBe(false);
    expect(keepsNumbers(german, 'A: 71 Punkte, 1.200.000 €, Preis 40 %.')).toBe(false);
    expect(keepsNumbers(english, 'A: 71,3 points, €1,200,000, price 40%.')).toBe(false);
    expect(keepsNumbers(english, 'A: 71.3 points, 1,200,000 points, price 40%.')).toBe(false);
    expect(keepsNumbers('1,2 Mio. €', '1,2 Mrd. €')).toBe(false);
    expect(keepsNumbers('minus 5 %', '-5 %')).toBe(false);
  });

  it('refuses an added number unless it is a quoted figure', () => {
    expect(keepsNumbers('Preis 40 %.', 'Preis 40 %, Qualität 60 %.')).toBe(false);
    expect(keepsNumbers('Preis 40 %.', 'Preis 40 %, Qualität 60 %.', ['60 %'])).toBe(true);
    expect(keepsNumbers('Preis 40 %.', 'Preis ٤٠ %.')).toBe(false);
  });
});

describe('typedValues', () => {
  it('keeps both readings of a separator as canonical decimals', () => {
    expect(typedValues('Preis 12,5 und 1.000')).toEqual(new Set(['12.5', '1000', '1']));
    expect(canonicalDecimal('040.50')).toBe('40.5');
    expect(canonicalDecimal('-0.0')).toBe('0');
    expect(canonicalDecimal('1e3')).toBeUndefined();
  });
});
