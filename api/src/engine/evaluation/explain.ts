import { approximate, compare, sub, toNumber, type Rational } from '../arithmetic/rational.ts';
import type { ExactScore } from './score-bids.ts';

export interface Explanation {
  bidId: string;
  criteria: { criterionId: string; difference: number }[];
}

/** Criteria sorted by how much of the gap between two bids they make, largest first. */
export function explain(ahead: ExactScore, behind: ExactScore): Explanation {
  // Contributions come in the same leaf order for every bid. The exact difference is taken only
  // where its double cannot decide the order or the rounding of the published difference.
  const differences = ahead.contributions
    .map((item, index) => {
      const other = behind.contributions[index]!.points;
      const mine = approximate(item.points);
      const theirs = approximate(other);
      const approximately = mine - theirs;
      const magnitude = Math.abs(mine) + Math.abs(theirs);
      let exact: Rational | undefined;
      const difference = () => (exact ??= sub(item.points, other));
      return { criterionId: item.criterionId, approximately, magnitude, difference };
    })
    .filter((item) => (item.approximately !== 0 ? true : item.difference().n !== 0n))
    .sort(
      (a, b) =>
        byApproximation(b, a) ||
        compare(b.difference(), a.difference()) ||
        (a.criterionId < b.criterionId ? -1 : 1),
    );
  return {
    bidId: ahead.id,
    criteria: differences.map((item) => ({
      criterionId: item.criterionId,
      difference: roundedApproximation(item.approximately, 2) ?? toNumber(item.difference(), 2),
    })),
  };
}

/**
 * The order of two values whose doubles are clearly apart, or 0 where only the exact comparison
 * can tell (close, equal, or beyond the range of a double). Where it decides, it agrees with the
 * exact order: the doubles are within a few units in the last place of the exact values.
 */
function byApproximation(a: { approximately: number }, b: { approximately: number }): number {
  const gap = a.approximately - b.approximately;
  const scale = Math.max(Math.abs(a.approximately), Math.abs(b.approximately));
  return Math.abs(gap) > scale * 1e-9 ? Math.sign(gap) : 0;
}

/**
 * `toNumber(value, digits)` from a close double of a difference, where that double lies clearly
 * away from every rounding boundary (…5 in the next digit) and so rounds as the exact value
 * does; undefined where it does not, and the exact value must be rounded. `magnitude` is the sum
 * of the magnitudes of the two terms, which bounds the error of their doubles' difference.
 */
export function roundedApproximation(
  approximately: number,
  digits: number,
  magnitude = Math.abs(approximately),
): number | undefined {
  const scale = 10 ** digits;
  const scaled = Math.abs(approximately) * scale;
  // Each double is within 2⁻⁵² of its exact value, relatively; 1e-12 leaves a wide margin.
  const tolerance = 1e-12 * magnitude * scale + 1e-9;
  if (!Number.isFinite(scaled) || scaled > 2 ** 40 || tolerance > 1e-3) return undefined;
  const fraction = scaled - Math.floor(scaled);
  if (fraction < tolerance || fraction > 1 - tolerance || Math.abs(fraction - 0.5) < tolerance)
    return undefined;
  const rounded = Math.round(scaled) * Math.sign(approximately);
  return rounded === 0 ? 0 : rounded / scale;
}
