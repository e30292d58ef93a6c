// Saaty's scale as one row of 17 choices between two criteria A and B: A nine times as important
// at one end, "equal" in the middle, B nine times as important at the other (Saaty, "The
// Analytic Hierarchy Process", 1980: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme,
// the even numbers between them). The dialogue takes one judgement as `compare`.

/** Which side a choice favours; `equal` is the middle. */
export type SaatySide = 'a' | 'equal' | 'b';

export interface SaatyPoint {
  /** The form value: "a9" … "a2", "equal", "b2" … "b9". */
  value: string;
  side: SaatySide;
  /** How many times as important the favoured side is; 1 for equal. */
  factor: number;
}

const factorsDown = [9, 8, 7, 6, 5, 4, 3, 2] as const;

/** The 17 points in the order shown: A extremely more important … equal … B extremely more. */
export const saatyScale: readonly SaatyPoint[] = [
  ...factorsDown.map((factor) => ({ value: `a${factor}`, side: 'a' as const, factor })),
  { value: 'equal', side: 'equal', factor: 1 },
  ...[...factorsDown]
    .reverse()
    .map((factor) => ({ value: `b${factor}`, side: 'b' as const, factor })),
];

/** The comparison the dialogue takes: `more` is `factor` times as important as `less`. */
export interface SaatyComparison {
  more: string;
  less: string;
  factor: number;
}

/** The point a submitted value names, or null for anything else. */
export function saatyPoint(value: string): SaatyPoint | null {
  return saatyScale.find((point) => point.value === value) ?? null;
}

/**
 * The comparison of criteria `a` and `b` a chosen point means. Equal keeps A first, with factor 1,
 * which says the same either way round.
 */
export function saatyComparison(point: SaatyPoint, a: string, b: string): SaatyComparison {
  return point.side === 'b'
    ? { more: b, less: a, factor: point.factor }
    : { more: a, less: b, factor: point.factor };
}
