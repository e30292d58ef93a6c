import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';
import { Source } from './common.ts';

/**
 * Where a rule's figure comes from: `law` a statute or regulation; `scheme` the scheme owner's own
 * rules (a certification scheme, a label's format); `practice` market practice or the stricter of
 * several readings, which a buyer may replace by a figure it publishes in its documents.
 */
export const validityBases = ['law', 'scheme', 'practice'] as const;
export type ValidityBasis = (typeof validityBases)[number];

/**
 * The date of an attestation a term counts from. `auditPeriodEnd`: the last day of the audit
 * period (for a point-in-time report, its reference date, recorded as a one-day period);
 * `reportDate`: the day the report, self-assessment or label was issued.
 */
export const validityAnchors = ['auditPeriodEnd', 'reportDate'] as const;
export type ValidityAnchor = (typeof validityAnchors)[number];

/** Whole months: at most ten years. */
const Months = z.int().min(1).max(120);

const ruleBase = {
  basis: z.enum(validityBases),
  /** The rule in words, saying where a figure is practice rather than law. */
  text: LocalizedText,
  sources: z.array(Source).min(1).max(6),
};

/**
 * A report over an audit period (C5 type 2, SOC 2 type 2): current from its report date until
 * `months` after the audit period ended, counted like a period of months (§§ 187 (1), 188 (2),
 * (3) BGB: the same day number, or the month's last day where the month is shorter).
 */
export const PeriodEndValidityRule = z.strictObject({
  kind: z.literal('periodEnd'),
  months: Months,
  ...ruleBase,
});

/** A point-in-time report (type 1, a self-assessment): current until `months` after its date. */
export const ReferenceDateValidityRule = z.strictObject({
  kind: z.literal('referenceDate'),
  months: Months,
  countsFrom: z.enum(validityAnchors),
  ...ruleBase,
});

/**
 * The certificate or label states its validity. Where the scheme has a fixed term a record may
 * lack, `defaultTerm` gives it; without one a record that states no end is undetermined.
 */
export const StatedValidityRule = z.strictObject({
  kind: z.literal('stated'),
  defaultTerm: z.strictObject({ months: Months, countsFrom: z.enum(validityAnchors) }).optional(),
  ...ruleBase,
});

/** The scheme has no validity rule yet: every judgement is undetermined. */
export const UndefinedValidityRule = z.strictObject({
  kind: z.literal('undefined'),
  ...ruleBase,
});

/** How long an attestation of a scheme counts as current, machine-readable. */
export const ValidityRule = z
  .discriminatedUnion('kind', [
    PeriodEndValidityRule,
    ReferenceDateValidityRule,
    StatedValidityRule,
    UndefinedValidityRule,
  ])
  .meta({ id: 'AttestationValidityRule' });
export type ValidityRule = z.output<typeof ValidityRule>;

export const validityRuleKinds = [
  'periodEnd',
  'referenceDate',
  'stated',
  'undefined',
] as const satisfies readonly ValidityRule['kind'][];
export type ValidityRuleKind = (typeof validityRuleKinds)[number];
