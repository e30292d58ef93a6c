import type { Language } from './context.ts';
import { decimalOf } from './decimal.ts';

/**
 * A written number with its separators ("4.000", "1,5", "1.234.567,89", "1'000"). The look-behind
 * keeps it from starting inside another number; "1, 3" stays two numbers, since a separator only
 * counts between digits.
 */
export const numberPattern = String.raw`(?<![\d.,])(\d+(?:[.,'\u00a0\u202f]\d+)*)(?!\d)`;

export type NumberReading = { value: string } | { problem: 'ambiguous' | 'malformed' };

/**
 * What the number is used for. Whole counts and money without a multiplier have no thousandths,
 * so "4,000 Arbeitsplätze" and "250.000 euro" can only be thousands in either language.
 */
export type NumberUse = 'any' | 'whole' | 'money';

const groupingSeparator: Record<Language, string> = { de: '.', en: ',' };

/**
 * Reads a number the way the language writes it: German "1.000" is a thousand and "1,5" one and a
 * half, English "1,000" a thousand and "1.5" one and a half. A separator that cannot group (not
 * followed by exactly three digits) is a decimal point in either language; one that could be
 * either ("4.000" in English) is ambiguous, and the caller asks again rather than guess.
 */
export function readNumber(raw: string, language: Language, use: NumberUse = 'any'): NumberReading {
  const text = raw.replace(/[\u00a0\u202f]/g, "'");
  const groups = text.split(/[.,']/);
  const separators = [...text.matchAll(/[.,']/g)].map((match) => match[0]);
  if (separators.length === 0) return { value: decimalOf(text) };
  const distinct = new Set(separators);
  const first = groups[0]!;
  const grouped = (parts: string[]) =>
    first.length <= 3 && first !== '0' && parts.slice(1).every((part) => part.length === 3);

  if (distinct.size > 1) {
    // "1.234.567,89" or "1,234.56": the last separator is the decimal point, the others group.
    const decimalSeparator = separators.at(-1)!;
    const groupSeparators = separators.slice(0, -1);
    if (groupSeparators.some((separator) => separator === decimalSeparator)) {
      return { problem: 'malformed' };
    }
    if (new Set(groupSeparators).size > 1 || !grouped(groups.slice(0, -1))) {
      return { problem: 'malformed' };
    }
    return { value: decimalOf(groups.slice(0, -1).join(''), groups.at(-1)) };
  }

  const separator = separators[0]!;
  if (separators.length > 1 || separator === "'") {
    return grouped(groups) ? { value: decimalOf(groups.join('')) } : { problem: 'malformed' };
  }
  const fraction = groups[1]!;
  if (fraction.length !== 3 || !grouped(groups)) return { value: decimalOf(first, fraction) };
  if (separator === groupingSeparator[language] || use !== 'any') {
    return { value: decimalOf(first + fraction) };
  }
  return { problem: 'ambiguous' };
}

const numberWords: Record<string, number> = {
  null: 0,
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  zwoelf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  fuenfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const numberWordPattern = new RegExp(`\\b(${Object.keys(numberWords).join('|')})\\b`, 'g');

/**
 * Number words up to twenty as digits ("sechs Wochen" → "6 Wochen"); "ein", "eine", "a" only
 * before a unit of time or "Million", where they cannot be an article of something else.
 */
export function digitsForNumberWords(simplified: string): string {
  return simplified
    .replace(
      /\b(?:ein(?:e[mnrs]?)?|an?)\s+(?=(?:tag|woche|monat|jahr|day|week|month|year|million|milliarde)[a-z]*\b)/g,
      '1 ',
    )
    .replace(numberWordPattern, (word) => String(numberWords[word]));
}
