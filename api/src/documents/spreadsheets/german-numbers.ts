/**
 * Numbers as German spreadsheets and CSV files write them: a comma before the decimals and,
 * optionally, a dot between groups of three digits ("1.234.567,89"). csv-parse's `cast` reads
 * "1.000" as one and leaves "7,5" a string, so these are read by hand.
 */

// Digits grouped by dots in threes, or not grouped at all; decimals after a comma.
const germanNumber = /^([+-])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * The number a German-formatted text stands for, or undefined when it is none: "1.234,56",
 * "1234,56", "-7", "0,5". A dot that does not group three digits ("1.5") is refused rather than
 * guessed at; so are spaces inside, exponents and empty text. Surrounding spaces are ignored.
 */
export function parseGermanNumber(text: string): number | undefined {
  const match = germanNumber.exec(text.trim());
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction] = match;
  const value = Number(`${sign}${whole.replaceAll('.', '')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}

const formats = new Map<number, Intl.NumberFormat>();

/**
 * A number written the German way, with grouping dots and a decimal comma; `maxFractionDigits`
 * (default 10) bounds the decimals shown, without padding whole numbers ("1.234", "1.234,5").
 */
export function formatGermanNumber(value: number, maxFractionDigits = 10): string {
  let format = formats.get(maxFractionDigits);
  if (format === undefined) {
    format = new Intl.NumberFormat('de-DE', {
      maximumFractionDigits: maxFractionDigits,
      useGrouping: true,
    });
    formats.set(maxFractionDigits, format);
  }
  return format.format(value);
}
