import { z } from 'zod';
import { LocalizedText } from '../evaluation/common.ts';
import { legalTypes } from '../evaluation/criteria.ts';
import type { EvaluationMethod } from '../evaluation/method.ts';
import { procurementRegimes } from '../evaluation/regime.ts';
import { BuyerContext, buyerContextExample } from './buyer-context.ts';
import { CatalogueId, Changelog, DataVersion, Source } from './common.ts';
import {
  CatalogueEntry,
  catalogueEntryKinds,
  SealLevel,
  sovereigntyObjectiveCodes,
} from './entry.ts';
import { OfferSelfAssessment, offerExample, offerFacts } from './offer-self-assessment.ts';
import {
  exposureFindings,
  LegalExposureRuleFile,
  obligations,
  RecommendationRuleFile,
} from './rules.ts';
import { EvaluationTemplate } from './template.ts';

/** A data file as stored, by id and version. */
export const DataFileRef = z.strictObject({ id: CatalogueId, version: DataVersion });

export const CatalogueSummary = z
  .strictObject({
    id: CatalogueId,
    version: DataVersion,
    title: LocalizedText,
    description: LocalizedText,
    changelog: Changelog,
    entryCount: z.int().min(0),
    verifiedCount: z.int().min(0),
  })
  .meta({ id: 'CatalogueSummary' });

export const CatalogueIndexResponse = z
  .strictObject({
    catalogues: z.array(CatalogueSummary),
    entryCount: z.int().min(0),
    verifiedCount: z.int().min(0),
    /** verifiedCount / entryCount, rounded to four decimals; 0 without entries. */
    verifiedShare: z.number().min(0).max(1),
  })
  .meta({ id: 'CatalogueIndexResponse' });
export type CatalogueIndexResponse = z.output<typeof CatalogueIndexResponse>;

export const CatalogueEntryListQuery = z.strictObject({
  catalogue: CatalogueId.optional(),
  kind: z.enum(catalogueEntryKinds).optional(),
  legalType: z.enum(legalTypes).optional(),
  verified: z.enum(['true', 'false']).optional(),
});
export type CatalogueEntryListQuery = z.output<typeof CatalogueEntryListQuery>;

/** An entry with the catalogue file and version it was loaded from. */
export const StoredCatalogueEntry = z
  .strictObject({ catalogue: DataFileRef, entry: CatalogueEntry })
  .meta({ id: 'StoredCatalogueEntry' });
export type StoredCatalogueEntry = z.output<typeof StoredCatalogueEntry>;

export const CatalogueEntryListResponse = z
  .strictObject({ entries: z.array(StoredCatalogueEntry) })
  .meta({ id: 'CatalogueEntryListResponse' });

export const CatalogueEntryParams = z.strictObject({
  entryId: CatalogueId.meta({
    param: { name: 'entryId', in: 'path' },
    examples: ['c3a.sov-4-09-c'],
  }),
});

export const TemplateSummary = z
  .strictObject({
    id: CatalogueId,
    version: DataVersion,
    title: LocalizedText,
    description: LocalizedText,
    useCase: LocalizedText,
    method: z.enum([
      'weightedSum',
      'ufabSimple',
      'ufabExtended',
      'ufabMedian',
    ] as const satisfies readonly EvaluationMethod['kind'][]),
    regime: z.enum(procurementRegimes),
    /** Exclusion grounds, restricted requirements, suitability criteria, minimum requirements, contract conditions and award leaves. */
    criterionCount: z.int().min(0),
  })
  .meta({ id: 'TemplateSummary' });

export const TemplateListResponse = z
  .strictObject({ templates: z.array(TemplateSummary) })
  .meta({ id: 'TemplateListResponse' });

export const TemplateParams = z.strictObject({
  templateId: CatalogueId.meta({
    param: { name: 'templateId', in: 'path' },
    examples: ['kritis-sovereign-cloud'],
  }),
});

export const TemplateResponse = EvaluationTemplate.meta({ id: 'EvaluationTemplate' });

export const RuleListResponse = z
  .strictObject({
    recommendation: z.array(RecommendationRuleFile),
    legalExposure: z.array(LegalExposureRuleFile),
  })
  .meta({ id: 'RuleListResponse' });

/** The worked example of the recommendations endpoint: a health insurer buying SaaS. */
export const recommendationRequestExample = { context: buyerContextExample };

export const RecommendationRequest = z
  .strictObject({ context: BuyerContext })
  .meta({ id: 'RecommendationRequest', examples: [recommendationRequestExample] });
export type RecommendationRequest = z.output<typeof RecommendationRequest>;

const Obligation = z.enum(obligations);

export const AppliedRecommendationRule = z.strictObject({
  ruleId: CatalogueId,
  ruleFile: DataFileRef,
  title: LocalizedText,
  obligation: Obligation,
  reason: LocalizedText,
  sources: z.array(Source),
  verified: z.boolean(),
  criteria: z.array(
    z.strictObject({
      entryId: CatalogueId,
      title: LocalizedText,
      legalType: z.enum(legalTypes),
      note: LocalizedText.optional(),
    }),
  ),
  minimumLevels: z.array(
    z.strictObject({ objective: z.enum(sovereigntyObjectiveCodes), seal: SealLevel }),
  ),
  /** Entries that bound how the criteria may be used, such as equal treatment. */
  related: z.array(z.strictObject({ entryId: CatalogueId, title: LocalizedText })),
});

export const RecommendationResponse = z
  .strictObject({
    /** The rules whose conditions the context meets, in the order of their files. */
    applied: z.array(AppliedRecommendationRule),
    /** Every recommended criterion once, with the strongest obligation of the rules naming it. */
    criteria: z.array(
      z.strictObject({
        entryId: CatalogueId,
        title: LocalizedText,
        legalTypes: z.array(z.enum(legalTypes)),
        obligation: Obligation,
        ruleIds: z.array(CatalogueId),
      }),
    ),
    /** The highest minimum SEAL any rule asks for, per objective. */
    minimumLevels: z.array(
      z.strictObject({
        objective: z.enum(sovereigntyObjectiveCodes),
        seal: SealLevel,
        obligation: Obligation,
        ruleIds: z.array(CatalogueId),
      }),
    ),
    notApplied: z.array(CatalogueId),
    ruleFiles: z.array(DataFileRef),
  })
  .meta({ id: 'RecommendationResponse' });
export type RecommendationResponse = z.output<typeof RecommendationResponse>;

/** The worked example of the legal-exposure endpoint: a German subsidiary of a US group. */
export const legalExposureRequestExample = { offer: offerExample };

export const LegalExposureRequest = z
  .strictObject({ offer: OfferSelfAssessment })
  .meta({ id: 'LegalExposureRequest', examples: [legalExposureRequestExample] });
export type LegalExposureRequest = z.output<typeof LegalExposureRequest>;

const factValue = z.union([z.boolean(), z.string()]);

export const LegalExposureResponse = z
  .strictObject({
    /** The facts the rules tested, derived from the self-assessment. */
    facts: z.strictObject(
      Object.fromEntries(Object.keys(offerFacts).map((name) => [name, factValue])) as Record<
        keyof typeof offerFacts,
        typeof factValue
      >,
    ),
    answers: z.array(
      z.strictObject({
        ruleId: CatalogueId,
        ruleFile: DataFileRef,
        question: LocalizedText,
        finding: z.enum(exposureFindings),
        reasoning: LocalizedText,
        /** Why the rule's condition held or not, one line per fact it tested. */
        trace: z.array(LocalizedText),
        sources: z.array(Source),
        verified: z.boolean(),
        relatedEntryIds: z.array(CatalogueId),
      }),
    ),
    /** Rules that only speak when they apply and did not. */
    notApplicable: z.array(CatalogueId),
    ruleFiles: z.array(DataFileRef),
  })
  .meta({ id: 'LegalExposureResponse' });
export type LegalExposureResponse = z.output<typeof LegalExposureResponse>;
