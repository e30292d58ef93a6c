import type { ParseContext } from './context.ts';
import { consume, type Scan } from './scan.ts';

function time(hours: number, minutes: number): string | undefined {
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * Times of day: "12:00", "12 Uhr", "9.30 Uhr", "14h", "10 am", "3:30 pm", "noon", "mittags",
 * "Mitternacht"; a bare hour ("um 10") only where the step asks for a time.
 */
export function recogniseTimes(scan: Scan, context: ParseContext): void {
  const accept = (value: string | undefined) => {
    if (value) scan.times.push(value);
    else scan.problems.push('time');
    return true;
  };
  consume(scan, /\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/g, (m) => {
    const hours = Number(m[1]);
    if (hours < 1 || hours > 12) return accept(undefined);
    const afternoon = m[3]!.startsWith('p');
    return accept(time((hours % 12) + (afternoon ? 12 : 0), Number(m[2] ?? 0)));
  });
  consume(scan, /(?<![\d.,])(\d{1,2})[:.](\d{2})\s*(?:uhr|h)\b/g, (m) =>
    accept(time(Number(m[1]), Number(m[2]))),
  );
  consume(scan, /(?<![\d.,])(\d{1,2}):(\d{2})(?![\d:])/g, (m) =>
    accept(time(Number(m[1]), Number(m[2]))),
  );
  consume(scan, /(?<![\d.,])(\d{1,2})\s*(?:uhr|h)\b/g, (m) => accept(time(Number(m[1]), 0)));
  consume(scan, /\b(?:noon|midday|mittags?)\b/g, () => accept('12:00'));
  consume(scan, /\b(?:midnight|mitternacht)\b/g, () => accept('00:00'));
  if (context.expects?.includes('time')) {
    consume(scan, /(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d.,])/g, (m) =>
      accept(time(Number(m[1]), Number(m[2]))),
    );
    consume(scan, /\b(?:um|at|gegen|by|bis)\s+(\d{1,2})(?![\d.,:])/g, (m) =>
      accept(time(Number(m[1]), 0)),
    );
  }
}
