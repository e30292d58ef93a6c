import { z } from 'zod';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { legalTypes } from '../evaluation/criteria.ts';
import { CatalogueId, Source } from './common.ts';

/** One legal type a criterion can take in a scheme, and why it fits that type. */
export const LegalTypeUse = z.strictObject({
  type: z.enum(legalTypes),
  why: LocalizedText,
});

export const sovereigntyObjectiveCodes = [
  'SOV-1',
  'SOV-2',
  'SOV-3',
  'SOV-4',
  'SOV-5',
  'SOV-6',
  'SOV-7',
  'SOV-8',
] as const;
export type SovereigntyObjectiveCode = (typeof sovereigntyObjectiveCodes)[number];

/** SEAL-0 … SEAL-4 of the Cloud Sovereignty Framework. */
export const SealLevel = z.int().min(0).max(4);

const entryBase = {
  id: CatalogueId,
  title: LocalizedText,
  description: LocalizedText,
  /** The legal types the criterion can take, each with its reason; at least one. */
  legalTypes: z.array(LegalTypeUse).min(1).max(4),
  /** What a buyer must watch out for when using it (discrimination, equivalence, scope). */
  caution: LocalizedText.optional(),
  /** What a bidder hands in to show it. */
  evidence: LocalizedText,
  /** How the buyer checks that evidence. */
  verification: LocalizedText,
  sources: z.array(Source).min(1).max(12),
  /** True only where the statements were checked against the source's own text. */
  verified: z.boolean(),
  /** What exactly was checked, and against which text (required when verified). */
  checkedAgainst: z.string().trim().min(1).max(600).optional(),
  tags: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/))
    .max(12)
    .default([]),
};

/** A criterion or contract clause without framework-specific data. */
export const RequirementEntry = z.strictObject({ ...entryBase, kind: z.literal('requirement') });

/** One of the Cloud Sovereignty Framework's eight objectives, with its default weight. */
export const SovereigntyObjectiveEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('sovereigntyObjective'),
  objective: z.strictObject({
    code: z.enum(sovereigntyObjectiveCodes),
    /** Weight in the framework's Sovereignty Score, in whole percent. */
    defaultWeightPercent: z.int().min(0).max(100),
    contributingFactors: z.array(LocalizedText).min(1).max(12),
  }),
});

/** A Sovereignty Effectiveness Assurance Level. */
export const AssuranceLevelEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('assuranceLevel'),
  level: z.strictObject({
    code: z.string().regex(/^SEAL-[0-4]$/),
    value: SealLevel,
    /** The level's name in the framework version the entry cites. */
    name: z.string().trim().min(1).max(80),
    /** Other names later documents give the same level. */
    aliases: z.array(z.string().trim().min(1).max(80)).max(5).default([]),
  }),
});

export const c3aTiers = ['basic', 'additional'] as const;
/** `eu`: the EU variant; `de`: the German variant; `general`: no regional variant. */
export const c3aScopes = ['eu', 'de', 'general'] as const;

/** A criterion of the BSI's C3A, by its own id. */
export const C3aCriterionEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('c3aCriterion'),
  criterion: z.strictObject({
    /** As printed in C3A, e.g. `SOV-4-09-C` or `SOV-3-02-AC`. */
    code: z.string().regex(/^SOV-[1-6]-\d{2}-(C|AC)\d?$/),
    objective: z.enum(sovereigntyObjectiveCodes),
    tier: z.enum(c3aTiers),
    scope: z.enum(c3aScopes),
  }),
});

/** A certificate, attestation or label, and how it proves what it proves. */
export const AttestationEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('attestation'),
  attestation: z.strictObject({
    /** The scheme id evaluation schemes use in attestation rules (`bsi-c5`, `iso-27001`). */
    scheme: Identifier,
    /** The type within the scheme (`type2`, `al3`), if it has types. */
    type: Identifier.optional(),
    issuer: LocalizedText,
    attests: LocalizedText,
    validity: LocalizedText,
    /** How the "or equivalent" rule applies to it (§§ 33, 49 VgV; Art. 44, 62 Directive 2014/24/EU). */
    equivalence: LocalizedText,
  }),
});

/** A statute or regulation and what it means for a buyer. */
export const LawEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('law'),
  law: z.strictObject({
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2, or EU'),
    citation: z.string().trim().min(1).max(200),
    /** What the law means for the buyer's data or contract. */
    meaning: LocalizedText,
    /** How the concern may be expressed lawfully in a tender, as properties of the service. */
    lawfulExpression: z.array(LocalizedText).max(10).default([]),
  }),
});

/** A court or review-body decision. */
export const RulingEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('ruling'),
  ruling: z.strictObject({
    court: z.string().trim().min(1).max(200),
    date: z.iso.date(),
    reference: z.string().trim().min(1).max(100),
    holding: LocalizedText,
  }),
});

/** Which part of the engine's life-cycle cost input a cost component feeds. */
export const lifeCycleCostParts = [
  'oneOff',
  'migrationIn',
  'recurringPerYear',
  'egressPerYear',
  'exit',
] as const;

/** A template for pricing that a bid fills in, mapped onto the engine's life-cycle cost. */
export const CostTemplateEntry = z.strictObject({
  ...entryBase,
  kind: z.literal('costTemplate'),
  components: z
    .array(
      z.strictObject({
        id: Identifier,
        part: z.enum(lifeCycleCostParts),
        title: LocalizedText,
        description: LocalizedText,
      }),
    )
    .min(1)
    .max(30),
});

export const CatalogueEntry = z
  .discriminatedUnion('kind', [
    RequirementEntry,
    SovereigntyObjectiveEntry,
    AssuranceLevelEntry,
    C3aCriterionEntry,
    AttestationEntry,
    LawEntry,
    RulingEntry,
    CostTemplateEntry,
  ])
  .refine((entry) => !entry.verified || entry.checkedAgainst !== undefined, {
    message: 'A verified entry names what it was checked against',
    path: ['checkedAgainst'],
  })
  .meta({ id: 'CatalogueEntry' });
export type CatalogueEntry = z.output<typeof CatalogueEntry>;

export const catalogueEntryKinds = [
  'requirement',
  'sovereigntyObjective',
  'assuranceLevel',
  'c3aCriterion',
  'attestation',
  'law',
  'ruling',
  'costTemplate',
] as const satisfies readonly CatalogueEntry['kind'][];
