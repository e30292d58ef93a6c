import { z } from 'zod';
import { Identifier, LocalizedText } from '../evaluation/common.ts';
import { legalTypes } from '../evaluation/criteria.ts';
import { CatalogueId, Source } from './common.ts';
import { ValidityRule } from './validity-rule.ts';

/** One legal type a criterion can take in a scheme, and why it fits that type. */
export const LegalTypeUse = z.strictObject({
  type: z.enum(legalTypes),
  why: LocalizedText,
});

/**
 * What an entry describes, which decides the legal types it may take. `service`: a property of
 * the offered service; `contract`: a duty the contract lays on the contractor; `price`: the price
 * or cost; `staff`: the staff assigned to the contract; `company`: the bidder as a company (seat,
 * ownership, control, financing, the origin of its products); `background`: a statute, ruling or
 * method that bounds how criteria are used but describes nothing of a bid.
 */
export const entrySubjects = [
  'service',
  'contract',
  'price',
  'staff',
  'company',
  'background',
] as const;
export type EntrySubject = (typeof entrySubjects)[number];

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
  /**
   * What the entry describes. A template takes a criterion's subject from here, so an entry
   * about the company cannot be scored by calling its criterion a service property.
   */
  subject: z.enum(entrySubjects),
  /**
   * The legal types the criterion can take, each with its reason; at least one, except for a
   * `background` entry that only bounds how other criteria are used.
   */
  legalTypes: z.array(LegalTypeUse).max(6),
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
    /** The validity as a rule a date can be judged against; `validity` says it in words. */
    validityRule: ValidityRule,
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
  .superRefine((entry, ctx) => {
    for (const message of subjectIssues(entry)) {
      ctx.addIssue({ code: 'custom', path: ['legalTypes'], message });
    }
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

/**
 * Legal types an entry's subject rules out: a company trait is neither an award criterion
 * (§ 127 (3) GWB: no link to the subject matter, VK Bund VK 1-38/14) nor a requirement on the
 * offered service (§ 121 GWB); exclusion grounds and restricted requirements are about the company.
 */
export function subjectIssues(entry: {
  id: string;
  subject: EntrySubject;
  legalTypes: readonly { type: string }[];
}): string[] {
  const types = entry.legalTypes.map((use) => use.type);
  const issues: string[] = [];
  if (entry.subject !== 'background' && types.length === 0) {
    issues.push(
      `"${entry.id}" describes a ${entry.subject} and needs at least one legal type — „${entry.id}“ braucht mindestens eine Kriterienart`,
    );
  }
  if (entry.subject === 'company') {
    if (types.includes('award')) {
      issues.push(
        `"${entry.id}" describes the company and cannot be an award criterion (§ 127 (3) GWB) — „${entry.id}“ beschreibt das Unternehmen und kann kein Zuschlagskriterium sein (§ 127 Abs. 3 GWB)`,
      );
    }
    if (types.includes('minimum')) {
      issues.push(
        `"${entry.id}" describes the company and cannot be a minimum requirement on the service (§ 121 GWB) — „${entry.id}“ beschreibt das Unternehmen und kann keine Mindestanforderung an die Leistung sein (§ 121 GWB)`,
      );
    }
  }
  if (entry.subject !== 'company' && entry.subject !== 'background') {
    for (const type of types.filter((item) => item === 'exclusion' || item === 'restricted')) {
      issues.push(
        `"${entry.id}" describes a ${entry.subject}; ${type} criteria are about the company — „${entry.id}“ beschreibt kein Unternehmensmerkmal; Ausschlussgründe und eingeschränkte Anforderungen betreffen das Unternehmen`,
      );
    }
  }
  return issues;
}
