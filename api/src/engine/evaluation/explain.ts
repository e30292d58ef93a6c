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
  const mine = approximations(ahead);
  const theirs = approximations(behind);
  const gaps: Gap[] = [];
  ahead.contributions.forEach((item, index) => {
    const other = behind.contributions[index]!.points;
    // The very same value (a level or attestation points both bids earned) differs by nothing.
    if (item.points === other) return;
    const gap: Gap = {
      criterionId: item.criterionId,
      approximately: mine[index]! - theirs[index]!,
      ahead: item.points,
      behind: other,
      exact: undefined,
    };
    if (gap.approximately !== 0 || exactGap(gap).n !== 0n) gaps.push(gap);
  });
  gaps.sort(
    (a, b) =>
      byApproximation(b, a) ||
      compare(exactGap(b), exactGap(a)) ||
      (a.criterionId < b.criterionId ? -1 : 1),
  );
  return {
    bidId: ahead.id,
    criteria: gaps.map((gap) => ({
      criterionId: gap.criterionId,
      difference: roundedApproximation(gap.approximately, 2) ?? toNumber(exactGap(gap), 2),
    })),
  };
}

interface Gap {
  criterionId: string;
  approximately: number;
  ahead: Rational;
  behind: Rational;
  /** The exact difference, once taken. */
  exact: Rational | undefined;
}

function exactGap(gap: Gap): Rational {
  return (gap.exact ??= sub(gap.ahead, gap.behind));
}

// A ranked bid is explained against the bid above and the bid below: its contributions'
// doubles are taken once.
const approximated = new WeakMap<ExactScore, Float64Array>();

function approximations(score: ExactScore): Float64Array {
  let values = approximated.get(score);
  if (!values) {
    const { contributions } = score;
    values = new Float64Array(contributions.length);
    for (let i = 0; i < contributions.length; i++) {
      values[i] = approximate(contributions[i]!.points);
    }
    approximated.set(score, values);
  }
  return values;
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
