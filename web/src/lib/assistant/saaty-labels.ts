import { m } from '#lib/paraglide/messages.js';
import type { SaatyPoint } from './saaty-scale.ts';

// Saaty's verbal scale in the page's language (1 equal, 3 moderate, 5 strong, 7 very strong,
// 9 extreme; the even numbers between two of them).

const degrees: Record<number, () => string> = {
  2: m.assistant_saaty_degree_2,
  3: m.assistant_saaty_degree_3,
  4: m.assistant_saaty_degree_4,
  5: m.assistant_saaty_degree_5,
  6: m.assistant_saaty_degree_6,
  7: m.assistant_saaty_degree_7,
  8: m.assistant_saaty_degree_8,
  9: m.assistant_saaty_degree_9,
};

/** A point's label beside its radio button: "Preis: extrem wichtiger (9)". */
export function saatyOptionLabel(point: SaatyPoint, a: string, b: string): string {
  if (point.side === 'equal') return m.assistant_saaty_equal();
  return m.assistant_saaty_option({
    criterion: point.side === 'a' ? a : b,
    degree: degrees[point.factor]!(),
    factor: point.factor,
  });
}

/** The judgement as one sentence, the person's turn in the transcript. */
export function saatyTurnLabel(point: SaatyPoint, a: string, b: string): string {
  if (point.side === 'equal') return m.assistant_compare_equal_turn({ a, b });
  const [more, less] = point.side === 'a' ? [a, b] : [b, a];
  return m.assistant_compare_turn({
    more,
    less,
    degree: degrees[point.factor]!(),
    factor: point.factor,
  });
}
