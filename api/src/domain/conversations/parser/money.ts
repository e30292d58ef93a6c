import type { ParseContext } from './context.ts';
import { fractionLength, shiftDecimal } from './decimal.ts';
import { numberPattern, readNumber } from './numbers.ts';
import { consume, type Scan } from './scan.ts';

const currency = String.raw`(?:€|eur(?:o|os)?\b)`;
/** Multipliers in the order the pattern must try them (longer spellings first). */
const multipliers: [string, number][] = [
  ['milliarden', 9],
  ['milliarde', 9],
  ['mrd\\.?', 9],
  ['billions?', 9],
  ['bn\\b', 9],
  ['millionen', 6],
  ['millions?', 6],
  ['mill\\.?', 6],
  ['mio\\.?', 6],
  ['mn\\b', 6],
  ['m(?:\\b|(?=eur))', 6],
  ['tausend', 3],
  ['thousand', 3],
  ['tsd\\.?', 3],
  ['k(?:\\b|(?=eur))', 3],
  ['t(?=\\s*(?:€|eur))', 3],
];
export const multiplierPattern = `(?:${multipliers.map(([pattern]) => pattern).join('|')})`;

const currencyFirst = new RegExp(`${currency}\\s*${numberPattern}\\s*(${multiplierPattern})?`, 'g');
const currencyAfter = new RegExp(`${numberPattern}\\s*(${multiplierPattern})?\\s*${currency}`, 'g');
const scaledNumber = new RegExp(`${numberPattern}\\s*(${multiplierPattern})(?![a-z])`, 'g');

export function multiplierPower(word: string): number {
  if (/^(milliard|mrd|billion|bn)/.test(word)) return 9;
  if (/^(million|mill|mio|mn|m$)/.test(word)) return 6;
  if (/^(tausend|thousand|tsd|k$|t$)/.test(word)) return 3;
  return 0;
}

/** Gross amounts would need a VAT rate the words do not give; the amount is net by contract. */
const gross = /\b(brutto|gross|inkl\.?\s*(mwst|ust)|incl\.?\s*vat|including vat)\b/;

/** Reads "1,2" with "Mio." as 1200000: at most two decimal places once scaled. */
export function readAmount(
  scan: Scan,
  context: ParseContext,
  digits: string,
  multiplier: string | undefined,
): boolean {
  const power = multiplier ? multiplierPower(multiplier.trim()) : 0;
  const reading = readNumber(digits, context.language, power === 0 ? 'money' : 'any');
  if (!('value' in reading)) {
    scan.problems.push(reading.problem);
    return true;
  }
  const amount = shiftDecimal(reading.value, power);
  if (fractionLength(amount) > 2) scan.problems.push('cents');
  else scan.amounts.push(amount);
  return true;
}

/**
 * Money with a currency: "1,2 Mio. €", "1.2m EUR", "500 T€", "250.000 Euro netto",
 * "EUR 3.5 million", "€500k". Numbers with only a multiplier ("2,5 Millionen", "500k") are money
 * where the step asks for money (`recogniseScaledAmounts`, after the counts had their turn).
 */
export function recogniseAmounts(scan: Scan, context: ParseContext): void {
  if (gross.test(scan.rest)) {
    scan.problems.push('gross');
    return;
  }
  consume(scan, currencyFirst, (m) => readAmount(scan, context, m[1]!, m[2]));
  consume(scan, currencyAfter, (m) => readAmount(scan, context, m[1]!, m[2]));
}

export function recogniseScaledAmounts(scan: Scan, context: ParseContext): void {
  if (!context.expects?.includes('amount')) return;
  consume(scan, scaledNumber, (m) => readAmount(scan, context, m[1]!, m[2]));
}
