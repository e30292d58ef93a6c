import type { ParseContext } from './context.ts';
import { numberPattern, readNumber } from './numbers.ts';
import { consume, type Scan } from './scan.ts';

export const percentSign = String.raw`(?:%|prozent\b|percent\b|per cent\b|pct\b|v\.\s?h\.)`;

const percentage = new RegExp(`${numberPattern}\\s*${percentSign}`, 'g');

/** "12 %", "12%", "12,5 Prozent", "12 percent". */
export function recognisePercents(scan: Scan, context: ParseContext): void {
  consume(scan, percentage, (m) => {
    const reading = readNumber(m[1]!, context.language);
    if ('value' in reading) scan.percents.push(reading.value);
    else scan.problems.push(reading.problem);
    return true;
  });
}
