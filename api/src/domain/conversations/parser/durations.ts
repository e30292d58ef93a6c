import type { ParseContext } from './context.ts';
import { numberPattern, readNumber } from './numbers.ts';
import { consume, type Scan } from './scan.ts';

const yearUnit = String.raw`(?:jahren|jahre|jahr|jhr\.?|j\.|j(?![a-z])|years?|yrs?\.?|yr\.?)`;
const monthUnit = String.raw`(?:monaten|monate|monats|monat|mon\.|mo\.|mos?(?![a-z])|months?|mths?\.?)`;

/**
 * Options to extend are not the term: "2 Jahre plus 2 Verlängerungsjahre", "4 years with an option
 * to extend by 2 years". The main term is taken and the extensions are left to their own step.
 */
const extensionBefore =
  /(verlanger|verlaenger|option|weitere|zusatzlich|zusaetzlich|extension|extend|renewal|renew|additional|further|optional)[a-z]*\s+(?:\S+\s+){0,3}$/;

const period = new RegExp(
  `${numberPattern}\\s*(?:-\\s*)?(verlangerungs|verlaengerungs|options|zusatz|extension |renewal |weitere |zusatzliche |additional |further |optional |optionale )?(${yearUnit}|${monthUnit})(?![a-z])`,
  'g',
);

function addDuration(scan: Scan, years: number, months: number): void {
  scan.durations.push({ years: years + Math.floor(months / 12), months: months % 12 });
}

/**
 * Periods: "4 Jahre", "48 Monate" (4 years), "1,5 Jahre" (1 year 6 months), "4 J.", "4 years and
 * 6 months"; a count of extension years is read and set aside.
 */
export function recogniseDurations(scan: Scan, context: ParseContext): void {
  consume(scan, period, (m) => {
    const before = scan.rest.slice(Math.max(0, m.index - 60), m.index);
    // "Verlängerungsjahre", "Optionsjahre", "further years": an extension, not the term.
    if (m[2] || extensionBefore.test(before)) return true;
    const reading = readNumber(m[1]!, context.language);
    if (!('value' in reading)) {
      scan.problems.push(reading.problem);
      return true;
    }
    const value = Number(reading.value);
    const inMonths = /^(j|y)/.test(m[3]!) ? value * 12 : value;
    if (!Number.isInteger(inMonths)) {
      scan.problems.push('duration');
      return true;
    }
    addDuration(scan, 0, inMonths);
    return true;
  });
  // "4 Jahre und 6 Monate" is one period: whole years, then months, add up.
  const [first, second] = scan.durations;
  if (scan.durations.length === 2 && first!.months === 0 && second!.years === 0) {
    scan.durations.splice(0, 2);
    addDuration(scan, first!.years, second!.months);
  }
}
