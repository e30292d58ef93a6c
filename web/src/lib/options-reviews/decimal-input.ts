// Numbers as people type them into a form in German or English ("1.200.000,50", "1,200,000.50",
// "12,5") and as a form shows them again, exactly: the API reads a JSON number through its
// shortest decimal form, so 0.1 stays one tenth.

type Locale = 'de' | 'en';

/**
 * The number typed, or null when it is none. The language's own decimal mark is always the
 * decimal mark; the other mark separates thousands only where groups of three digits follow it
 * ("1.200" is 1200 in German), and is otherwise taken as a decimal mark too ("12.5" is 12.5 in
 * German as well), so a number pasted from elsewhere is not misread by a thousand.
 */
export function parseDecimal(text: string, locale: Locale): number | null {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return null;
  const decimalMark = locale === 'de' ? ',' : '.';
  const groupMark = locale === 'de' ? '.' : ',';
  const match = /^(-?)(\d[\d.,]*)$/.exec(compact);
  if (!match) return null;
  const [, sign, digits = ''] = match;
  let normal: string;
  if (digits.includes(decimalMark)) {
    const [whole = '', ...rest] = digits.split(decimalMark);
    if (rest.length !== 1 || !groupedOrPlain(whole, groupMark)) return null;
    normal = `${whole.replaceAll(groupMark, '')}.${rest[0]}`;
  } else if (digits.includes(groupMark)) {
    normal = groupedOrPlain(digits, groupMark)
      ? digits.replaceAll(groupMark, '')
      : digits.replace(groupMark, '.');
  } else {
    normal = digits;
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(`${sign}${normal}`);
  return Number.isFinite(value) ? value : null;
}

/** Digits without the mark, or digits grouped by threes with it ("1.200.000"). */
function groupedOrPlain(digits: string, groupMark: string): boolean {
  if (!digits.includes(groupMark)) return /^\d*$/.test(digits);
  const groups = digits.split(groupMark);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** A number as a form field shows it: no thousands separators, the language's decimal mark. */
export function decimalInputValue(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** A calendar date as a date field sends it (YYYY-MM-DD), if it is a real date. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
