import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';
import { legalTypes } from '../evaluation/criteria.ts';
import { buyerContextFacts } from './buyer-context.ts';
import {
  CatalogueId,
  changelogMatchesVersion,
  dataFileHeader,
  duplicateIds,
  Source,
} from './common.ts';
import { Condition, conditionIssues, type FactType } from './condition.ts';
import { SealLevel, sovereigntyObjectiveCodes } from './entry.ts';
import { offerFacts } from './offer-self-assessment.ts';

/** `duty`: the law requires it of this buyer; `advice`: good practice the buyer may follow. */
export const obligations = ['duty', 'advice'] as const;
export type Obligation = (typeof obligations)[number];

/** A catalogue entry to use, and as which legal type. */
export const RecommendedCriterion = z.strictObject({
  entryId: CatalogueId,
  legalType: z.enum(legalTypes),
  note: LocalizedText.optional(),
});

/** A minimum SEAL for one objective of the Cloud Sovereignty Framework. */
export const RecommendedMinimumLevel = z.strictObject({
  objective: z.enum(sovereigntyObjectiveCodes),
  seal: SealLevel,
});

const ruleBase = {
  id: CatalogueId,
  title: LocalizedText,
  sources: z.array(Source).min(1).max(10),
  /** True only where the rule's legal statement was checked against the source's own text. */
  verified: z.boolean(),
};

export const RecommendationRule = z
  .strictObject({
    ...ruleBase,
    /** When the rule applies to a buyer's context. */
    when: Condition,
    obligation: z.enum(obligations),
    /** May cite a provision by topic as `[[awardCriteria]]`, resolved for the buyer's regime. */
    reason: LocalizedText,
    criteria: z.array(RecommendedCriterion).max(30).default([]),
    minimumLevels: z.array(RecommendedMinimumLevel).max(8).default([]),
    /**
     * Entries that bound how the criteria may be used without being criteria themselves, such
     * as the equal treatment of bidders from GPA countries.
     */
    relatedEntryIds: z.array(CatalogueId).max(20).default([]),
  })
  .refine((rule) => rule.criteria.length + rule.minimumLevels.length > 0, {
    message: 'A rule recommends at least one criterion or minimum level',
    path: ['criteria'],
  })
  .meta({ id: 'RecommendationRule' });
export type RecommendationRule = z.output<typeof RecommendationRule>;

/**
 * `exposed`: the offer can be reached by the law in question; `mitigated`: it can, but a
 * declared measure limits what is reachable; `excluded`: the offer may not be accepted;
 * `undetermined`: the declarations do not decide it; `notExposed`: on the declarations, no.
 */
export const exposureFindings = [
  'exposed',
  'mitigated',
  'excluded',
  'undetermined',
  'notExposed',
] as const;
export type ExposureFinding = (typeof exposureFindings)[number];

const ExposureOutcome = z.strictObject({
  finding: z.enum(exposureFindings),
  reasoning: LocalizedText,
});

/**
 * A question about an offer's legal exposure, answered from its self-assessment: the first case
 * whose condition holds gives the answer, `otherwise` when none does. A rule without `otherwise`
 * only speaks up when one of its cases applies.
 */
export const LegalExposureRule = z
  .strictObject({
    ...ruleBase,
    question: LocalizedText,
    cases: z
      .array(z.strictObject({ when: Condition, ...ExposureOutcome.shape }))
      .min(1)
      .max(10),
    otherwise: ExposureOutcome.optional(),
    /** Entries a buyer can use to deal with the exposure lawfully. */
    relatedEntryIds: z.array(CatalogueId).max(20).default([]),
  })
  .meta({ id: 'LegalExposureRule' });
export type LegalExposureRule = z.output<typeof LegalExposureRule>;

/** Every condition of a rule, with its path inside the rule. */
function conditionsOf(
  rule: { when: Condition } | { cases: { when: Condition }[] },
): [(string | number)[], Condition][] {
  if ('when' in rule) return [[['when'], rule.when]];
  return rule.cases.map((item, index) => [['cases', index, 'when'], item.when]);
}

function checkRules(
  rules: readonly ({ id: string } & ({ when: Condition } | { cases: { when: Condition }[] }))[],
  facts: Readonly<Record<string, FactType>>,
  ctx: z.RefinementCtx,
): void {
  for (const id of duplicateIds(rules)) {
    ctx.addIssue({ code: 'custom', path: ['rules'], message: `Duplicate rule id "${id}"` });
  }
  rules.forEach((rule, index) => {
    for (const [path, condition] of conditionsOf(rule)) {
      for (const message of conditionIssues(condition, facts)) {
        ctx.addIssue({ code: 'custom', path: ['rules', index, ...path], message });
      }
    }
  });
}

function checkChangelog(
  file: { version: string; changelog: { version: string }[] },
  ctx: z.RefinementCtx,
) {
  if (!changelogMatchesVersion(file)) {
    ctx.addIssue({
      code: 'custom',
      path: ['changelog', 0, 'version'],
      message: `The newest changelog entry must be the file's version ${file.version}`,
    });
  }
}

/** A file of recommendation rules (`seed/rules/<id>.json`), testing the buyer's context. */
export const RecommendationRuleFile = z
  .strictObject({
    ...dataFileHeader,
    kind: z.literal('recommendation'),
    rules: z.array(RecommendationRule).min(1).max(200),
  })
  .superRefine((file, ctx) => {
    checkChangelog(file, ctx);
    checkRules(file.rules, buyerContextFacts, ctx);
  });

/** A file of legal-exposure rules, testing the facts derived from an offer's self-assessment. */
export const LegalExposureRuleFile = z
  .strictObject({
    ...dataFileHeader,
    kind: z.literal('legalExposure'),
    rules: z.array(LegalExposureRule).min(1).max(200),
  })
  .superRefine((file, ctx) => {
    checkChangelog(file, ctx);
    checkRules(file.rules, offerFacts, ctx);
  });

export const RuleFile = z.discriminatedUnion('kind', [
  RecommendationRuleFile,
  LegalExposureRuleFile,
]);
export type RuleFile = z.output<typeof RuleFile>;
