import type { AwardLeaf } from '@tenderwise/schema';
import {
  clamp,
  compare,
  div,
  fromDecimal,
  ONE,
  rational,
  sub,
  ZERO,
  type Rational,
} from '../arithmetic/rational.ts';

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
        return share(fromDecimal(assessment.value));
      };
    }
    case 'attestation': {
      const best = Math.max(...leaf.rules.map((rule) => rule.points));
      const shares = new Map<number, Rational>();
      return (assessment) => {
        if (assessment.kind !== 'attestation') throw new TypeError(`"${leaf.id}" needs evidence`);
        if (best === 0) return ZERO;
        const earned = Math.max(
          0,
          ...assessment.evidence
            .filter(
              (item) =>
                item.coversOfferedService &&
                item.validFrom <= referenceDate &&
                referenceDate <= item.validUntil,
            )
            .flatMap((item) =>
              leaf.rules
                .filter(
                  (rule) =>
                    rule.scheme === item.scheme &&
                    (rule.type === undefined || rule.type === item.type),
                )
                .map((rule) => rule.points),
            ),
        );
        let share = shares.get(earned);
        if (!share) shares.set(earned, (share = rational(BigInt(earned), BigInt(best))));
        return share;
      };
    }
  }
}

function metricShare(
  utility: Extract<ScoredLeaf, { kind: 'metric' }>['utility'],
): (value: Rational) => Rational {
  switch (utility.kind) {
    case 'linear': {
      // Linear utility between the worst and best published values, flat beyond both.
      const worst = fromDecimal(utility.worst);
      const range = sub(fromDecimal(utility.best), worst);
      return (value) => clamp(div(sub(value, worst), range), ZERO, ONE);
    }
    case 'threshold': {
      const threshold = fromDecimal(utility.threshold);
      const benefit = utility.direction === 'benefit';
      return (value) => {
        const reached = compare(value, threshold);
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
      return (value) => {
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
