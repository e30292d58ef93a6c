import type { CountUnit } from './context.ts';

/**
 * What the value recognisers have found so far, and the text they have not yet used: each blanks
 * what it reads, so a date's digits are never read again as a number.
 */
export interface Scan {
  rest: string;
  amounts: string[];
  counts: { value: number; unit: CountUnit }[];
  percents: string[];
  dates: string[];
  times: string[];
  durations: { years: number; months: number }[];
  /** Numbers with nothing that says what they are; the step's expectation decides. */
  bare: string[];
  /** Something that looked like a value but cannot be read with certainty. */
  problems: string[];
}

export function startScan(text: string): Scan {
  return {
    rest: text,
    amounts: [],
    counts: [],
    percents: [],
    dates: [],
    times: [],
    durations: [],
    bare: [],
    problems: [],
  };
}

/**
 * Runs `read` on every match of `pattern` (a global pattern, compiled once where it is defined)
 * in what is left; what it accepts is blanked out.
 */
export function consume(
  scan: Scan,
  pattern: RegExp,
  read: (match: RegExpExecArray) => boolean,
): void {
  scan.rest = scan.rest.replace(pattern, (...args: unknown[]) => {
    const matched = args[0] as string;
    const groups = args.slice(0, -2) as string[];
    const index = args.at(-2) as number;
    const match = Object.assign([...groups], {
      index,
      input: scan.rest,
    }) as unknown as RegExpExecArray;
    return read(match) ? ' '.repeat(matched.length) : matched;
  });
}
