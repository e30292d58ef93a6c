import type { AwardLeaf } from '@tenderwise/schema';
import {
  clamp,
  compare,
  decimalParts,
  div,
  fromDecimal,
  ONE,
  rational,
  sub,
  ZERO,
  type Rational,
} from '../arithmetic/rational.ts';
import { SAFE, smallGcd } from '../arithmetic/gcd.ts';

type Assessment =
  | { kind: 'ordinal'; score: number }
  | { kind: 'metric'; value: number }
  | {
      kind: 'attestation';
      evidence: readonly {
        scheme: string;
        type?: string | undefined;
        coversOfferedService: boolean;
        validFrom: string;
        validUntil: string;
      }[];
    };

export type ScoredLeaf = Exclude<AwardLeaf, { kind: 'price' }>;

/**
 * The share (0 to 1) of a leaf's weight that a bid earns, from the panel's assessment. The
 * reference date is the day attestations are judged on (ISO dates compare as strings).
 */
export function leafShare(
  leaf: ScoredLeaf,
  assessment: Assessment,
  referenceDate: string,
): Rational {
  return leafScorer(leaf, referenceDate)(assessment);
}

/**
 * `leafShare` for one leaf and reference date, with the leaf's published constants (utility
 * bounds, steps, best attestation points) read once: an evaluation scores every bid on every leaf.
 */
export function leafScorer(
  leaf: ScoredLeaf,
  referenceDate: string,
): (assessment: Assessment) => Rational {
  switch (leaf.kind) {
    case 'ordinal': {
      // One shared value per level, so callers can reuse what they derive from it.
      const levels = Array.from({ length: leaf.scale + 1 }, (_, score) =>
        rational(BigInt(score), BigInt(leaf.scale)),
      );
      return (assessment) => {
        if (assessment.kind !== 'ordinal')
          throw new TypeError(`"${leaf.id}" needs an ordinal score`);
        return levels[assessment.score] ?? rational(BigInt(assessment.score), BigInt(leaf.scale));
      };
    }
    case 'metric': {
      const share = metricShare(leaf.utility);
      return (assessment) => {
        if (assessment.kind !== 'metric')
          throw new TypeError(`"${leaf.id}" needs a measured value`);
        return share(assessment.value);
      };
    }
    case 'attestation': {
      const best = Math.max(...leaf.rules.map((rule) => rule.points));
      const shares = new Map<number, Rational>();
      return (assessment) => {
        if (assessment.kind !== 'attestation') throw new TypeError(`"${leaf.id}" needs evidence`);
        if (best === 0) return ZERO;
        // The most points of a rule that valid evidence covering the service meets, or none.
        let earned = 0;
        for (const item of assessment.evidence) {
          const valid =
            item.coversOfferedService &&
            item.validFrom <= referenceDate &&
            referenceDate <= item.validUntil;
          if (!valid) continue;
          for (const rule of leaf.rules) {
            const met =
              rule.scheme === item.scheme && (rule.type === undefined || rule.type === item.type);
            if (met && rule.points > earned) earned = rule.points;
          }
        }
        let share = shares.get(earned);
        if (!share) shares.set(earned, (share = rational(BigInt(earned), BigInt(best))));
        return share;
      };
    }
  }
}

function metricShare(
  utility: Extract<ScoredLeaf, { kind: 'metric' }>['utility'],
): (value: number) => Rational {
  switch (utility.kind) {
    case 'linear': {
      // Linear utility between the worst and best published values, flat beyond both.
      const worst = fromDecimal(utility.worst);
      const range = sub(fromDecimal(utility.best), worst);
      const inDoubles = smallLinearShare(worst, range);
      return (measured) =>
        inDoubles(measured) ?? clamp(div(sub(fromDecimal(measured), worst), range), ZERO, ONE);
    }
    case 'threshold': {
      const threshold = fromDecimal(utility.threshold);
      const benefit = utility.direction === 'benefit';
      return (measured) => {
        const reached = compare(fromDecimal(measured), threshold);
        return (benefit ? reached >= 0 : reached <= 0) ? ONE : ZERO;
      };
    }
    case 'steps': {
      // The step with the furthest `from` that the value has reached counts.
      const benefit = utility.direction === 'benefit';
      const steps = utility.steps.map((step) => ({
        from: fromDecimal(step.from),
        share: fromDecimal(step.share),
      }));
      return (measured) => {
        const value = fromDecimal(measured);
        let share = ZERO;
        let reachedFrom: Rational | undefined;
        for (const step of steps) {
          const reached = benefit ? compare(value, step.from) >= 0 : compare(value, step.from) <= 0;
          const further =
            reachedFrom === undefined ||
            (benefit ? compare(step.from, reachedFrom) > 0 : compare(step.from, reachedFrom) < 0);
          if (reached && further) {
            reachedFrom = step.from;
            share = step.share;
          }
        }
        return share;
      };
    }
  }
}

/**
 * The linear share clamp((value − worst) / range, 0, 1) of a measured decimal, in double
 * arithmetic where the decimal's parts, worst and range and every product of them are exact
 * integers below 2^53 (as for values with a few decimals); undefined otherwise. It is the same
 * reduced fraction as the exact computation gives.
 */
function smallLinearShare(
  worst: Rational,
  range: Rational,
): (measured: number) => Rational | undefined {
  const wn = Number(worst.n);
  const wd = Number(worst.d);
  const rn = Number(range.n);
  const rd = Number(range.d);
  if (!(Math.abs(wn) <= SAFE && wd <= SAFE && Math.abs(rn) <= SAFE && rd <= SAFE && rn !== 0)) {
    return () => undefined;
  }
  return (measured) => {
    const parts = decimalParts(measured);
    if (!parts) return undefined;
    const [vn, vd] = parts;
    // (vn/vd − wn/wd) / (rn/rd) = (vn·wd − wn·vd)·rd / (vd·wd·rn). Exact where every product
    // and the difference stay within SAFE; the last factors are integers of at least 1, so an
    // inexact difference or vd·wd shows in the checks of n and d.
    const left = vn * wd;
    const right = wn * vd;
    let n = (left - right) * rd;
    let d = vd * wd * rn;
    const exact =
      Math.abs(left) <= SAFE &&
      Math.abs(right) <= SAFE &&
      Math.abs(n) <= SAFE &&
      Math.abs(d) <= SAFE;
    if (!exact) return undefined;
    if (d < 0) {
      n = -n;
      d = -d;
    }
    if (n <= 0) return ZERO;
    if (n >= d) return ONE;
    const g = smallGcd(n, d);
    return { n: BigInt(n / g), d: BigInt(d / g) };
  };
}
