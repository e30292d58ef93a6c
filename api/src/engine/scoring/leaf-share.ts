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
  switch (leaf.kind) {
    case 'ordinal': {
      if (assessment.kind !== 'ordinal') throw new TypeError(`"${leaf.id}" needs an ordinal score`);
      return rational(BigInt(assessment.score), BigInt(leaf.scale));
    }
    case 'metric': {
      if (assessment.kind !== 'metric') throw new TypeError(`"${leaf.id}" needs a measured value`);
      return metricShare(leaf.utility, fromDecimal(assessment.value));
    }
    case 'attestation': {
      if (assessment.kind !== 'attestation') throw new TypeError(`"${leaf.id}" needs evidence`);
      const best = Math.max(...leaf.rules.map((rule) => rule.points));
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
      return rational(BigInt(earned), BigInt(best));
    }
  }
}

function metricShare(
  utility: Extract<ScoredLeaf, { kind: 'metric' }>['utility'],
  value: Rational,
): Rational {
  switch (utility.kind) {
    case 'linear': {
      // Linear utility between the worst and best published values, flat beyond both.
      const worst = fromDecimal(utility.worst);
      const best = fromDecimal(utility.best);
      return clamp(div(sub(value, worst), sub(best, worst)), ZERO, ONE);
    }
    case 'threshold': {
      const reached = compare(value, fromDecimal(utility.threshold));
      return (utility.direction === 'benefit' ? reached >= 0 : reached <= 0) ? ONE : ZERO;
    }
    case 'steps': {
      // The step with the furthest `from` that the value has reached counts.
      let share = ZERO;
      let reachedFrom: Rational | undefined;
      for (const step of utility.steps) {
        const from = fromDecimal(step.from);
        const reached =
          utility.direction === 'benefit' ? compare(value, from) >= 0 : compare(value, from) <= 0;
        const further =
          reachedFrom === undefined ||
          (utility.direction === 'benefit'
            ? compare(from, reachedFrom) > 0
            : compare(from, reachedFrom) < 0);
        if (reached && further) {
          reachedFrom = from;
          share = fromDecimal(step.share);
        }
      }
      return share;
    }
  }
}
