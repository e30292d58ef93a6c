import type { ConversationInput } from '@tenderwise/schema';
import type { ParseContext, SlotKind } from './context.ts';
import { recogniseCounts } from './counts.ts';
import { recogniseDates } from './dates.ts';
import { fractionLength } from './decimal.ts';
import { recogniseDurations } from './durations.ts';
import { recogniseAmounts, recogniseScaledAmounts } from './money.ts';
import { digitsForNumberWords, numberPattern, readNumber } from './numbers.ts';
import { recognisePercents } from './percents.ts';
import { consume, startScan, type Scan } from './scan.ts';
import { recogniseTimes } from './times.ts';

const anyNumber = new RegExp(numberPattern, 'g');

type Values = Omit<ConversationInput, 'intent'>;

/** Words that turn a value around ("nicht 4000", "not before March", "statt 3 Lose"). */
const negation =
  /\b(nicht|kein[a-z]*|not|no|never|nie|statt|anstatt|instead|sondern|rather than)\b/;

function single<T>(found: T[], same: (a: T, b: T) => boolean): T | undefined | 'conflict' {
  if (found.length === 0) return undefined;
  return found.every((value) => same(value, found[0]!)) ? found[0] : 'conflict';
}

/** Gives numbers without a unit to the one numeric slot the step asks for; else they stay open. */
function placeBareNumbers(scan: Scan, context: ParseContext, values: Values): boolean {
  const expects = context.expects ?? ['number'];
  const open = (['amount', 'count', 'percent', 'number', 'time'] as const).filter(
    (kind) => expects.includes(kind) && values[kind] === undefined,
  );
  if (scan.bare.length === 0) return true;
  if (scan.bare.length > 1 || open.length !== 1) return false;
  const value = scan.bare[0]!;
  switch (open[0]) {
    case 'amount':
      if (fractionLength(value) > 2) return false;
      values.amount = value;
      return true;
    case 'count':
      if (!/^\d+$/.test(value)) return false;
      // The step knows what it counts; without that the number stays a number.
      if (context.countUnit) values.count = { value: Number(value), unit: context.countUnit };
      else values.number = value;
      return true;
    case 'percent':
      values.percent = value;
      return true;
    case 'time':
      if (!/^\d+$/.test(value) || Number(value) > 23) return false;
      values.time = `${value.padStart(2, '0')}:00`;
      return true;
    default:
      values.number = value;
      return true;
  }
}

/**
 * The values a sentence gives for the current step: money, counts, percentages, dates, times,
 * periods and plain numbers, each at most once. Undefined when a value cannot be read with
 * certainty, contradicts another, is negated, or nothing the step asks for is there.
 */
export function readValues(simplified: string, context: ParseContext): Values | undefined {
  const scan = startScan(digitsForNumberWords(simplified));
  recogniseDates(scan, context);
  recogniseTimes(scan, context);
  recognisePercents(scan, context);
  recogniseAmounts(scan, context);
  recogniseDurations(scan, context);
  recogniseCounts(scan, context);
  recogniseScaledAmounts(scan, context);
  consume(scan, anyNumber, (m) => {
    const wantsWhole = context.expects?.includes('count') && !context.expects.includes('amount');
    const reading = readNumber(m[1]!, context.language, wantsWhole ? 'whole' : 'any');
    if ('value' in reading) scan.bare.push(reading.value);
    else scan.problems.push(reading.problem);
    return true;
  });
  if (scan.problems.length > 0 || negation.test(scan.rest)) return undefined;

  const values: Values = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const found = {
    amount: single(scan.amounts, same),
    count: single(scan.counts, same),
    percent: single(scan.percents, same),
    date: single(scan.dates, same),
    time: single(scan.times, same),
    duration: single(scan.durations, same),
  };
  for (const [kind, value] of Object.entries(found)) {
    if (value === 'conflict') return undefined;
    if (value !== undefined) Object.assign(values, { [kind]: value });
  }
  if (!placeBareNumbers(scan, context, values)) return undefined;

  // Values the step does not ask for are left out; the step asks for them when their turn comes.
  const expected = context.expects;
  const kept: Values = {};
  for (const [kind, value] of Object.entries(values)) {
    const asked =
      !expected ||
      expected.includes(kind as SlotKind) ||
      (kind === 'number' && expected.includes('count'));
    if (asked) Object.assign(kept, { [kind]: value });
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}
