import type { CountUnit, ParseContext } from './context.ts';
import { shiftDecimal } from './decimal.ts';
import { multiplierPattern, multiplierPower } from './money.ts';
import { numberPattern, readNumber } from './numbers.ts';
import { consume, type Scan } from './scan.ts';

/** The words for what is counted, by unit; German forms without umlauts, as `simplify` leaves them. */
const unitWords: [CountUnit, string][] = [
  [
    'workplaces',
    'arbeitsplatz(?:e|en)?|arbeitsplaetze|bildschirmarbeitsplatz(?:e|en)?|ap|seats?|workplaces?|workstations?|desks?|platze',
  ],
  [
    'users',
    'nutzer(?:innen|n)?|nutzende|benutzer(?:innen|n)?|anwender(?:innen|n)?|beschaftigte[n]?|mitarbeitende[n]?|mitarbeiter(?:innen|n)?|users?|employees?|staff|accounts?|konten',
  ],
  ['gpus', 'gpus?|grafikkarten?|grafikprozessoren|beschleuniger|accelerators?'],
  ['lots', 'lose?n?|teillose?n?|lots?'],
  [
    'items',
    'stuck|stk\\.?|items?|pieces?|units?|gerate[n]?|geraete[n]?|devices?|notebooks?|laptops?|lizenzen|licen[cs]es?|server|exemplare',
  ],
];
const unitPattern = `(${unitWords.map(([, words]) => words).join('|')})`;

const unitMatchers = unitWords.map(
  ([unit, words]) => [unit, new RegExp(`^(?:${words})$`)] as const,
);
const numberThenUnit = new RegExp(
  `${numberPattern}\\s*(${multiplierPattern})?\\s*${unitPattern}(?![a-z])`,
  'g',
);
const unitThenNumber = new RegExp(`\\b${unitPattern}\\s*[:=]\\s*${numberPattern}`, 'g');

function unitOf(word: string): CountUnit {
  return unitMatchers.find(([, pattern]) => pattern.test(word))![0];
}

/**
 * Counted quantities: "4.000 Arbeitsplätze", "4000 seats", "64 GPUs", "3 Lose", "4k users",
 * also "Arbeitsplätze: 4000". A count is whole, so "4,000" is four thousand in either language.
 */
export function recogniseCounts(scan: Scan, context: ParseContext): void {
  const accept = (digits: string, multiplier: string | undefined, unit: string) => {
    const reading = readNumber(digits, context.language, multiplier ? 'any' : 'whole');
    if (!('value' in reading)) {
      scan.problems.push(reading.problem);
      return true;
    }
    const value = Number(
      shiftDecimal(reading.value, multiplier ? multiplierPower(multiplier.trim()) : 0),
    );
    if (!Number.isSafeInteger(value)) scan.problems.push('count');
    else scan.counts.push({ value, unit: unitOf(unit) });
    return true;
  };
  consume(scan, numberThenUnit, (m) => accept(m[1]!, m[2], m[3]!));
  consume(scan, unitThenNumber, (m) => accept(m[2]!, undefined, m[1]!));
}
