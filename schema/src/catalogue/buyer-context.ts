import { z } from 'zod';
import { procurementRegimes } from '../evaluation/regime.ts';
import type { FactType } from './condition.ts';

export const dataClasses = [
  'personal',
  'specialCategories',
  'health',
  'social',
  'professionalSecrets',
  'vsNfd',
] as const;

export const nis2Categories = ['none', 'important', 'essential'] as const;

export const sectors = [
  'publicAdministration',
  'health',
  'energy',
  'water',
  'transport',
  'finance',
  'telecommunications',
  'digitalInfrastructure',
  'research',
  'education',
  'defence',
  'other',
] as const;

export const serviceModels = ['iaas', 'paas', 'saas', 'onPremises'] as const;

/** A health insurer buying SaaS: the example of the schema and of the API operation. */
export const buyerContextExample = {
  dataClasses: ['personal', 'health', 'social'],
  nis2Entity: 'essential',
  kritisOperator: false,
  sector: 'health',
  sgbVActor: true,
  serviceModel: 'saas',
  aiWorkloads: false,
  contractValueEur: 1_200_000,
  aboveEuThreshold: true,
};

/**
 * What a buyer says about the procurement, from which the recommendation rules derive criteria.
 * Every field is a fact the rules may test; none is stored.
 */
export const BuyerContext = z
  .strictObject({
    /**
     * Kinds of data the service will hold: personal data (GDPR), special categories (Art. 9
     * GDPR), health and social data (§ 67 SGB X), professional secrets (§ 203 StGB), classified
     * information VS-NUR FÜR DEN DIENSTGEBRAUCH.
     */
    dataClasses: z
      .array(z.enum(dataClasses))
      .max(dataClasses.length)
      .refine((items) => new Set(items).size === items.length, 'Each data class at most once')
      .default([]),
    /** Whether the buyer is an essential or important entity under NIS2. */
    nis2Entity: z.enum(nis2Categories).default('none'),
    /** Whether the buyer operates critical infrastructure (KRITIS). */
    kritisOperator: z.boolean().default(false),
    sector: z.enum(sectors),
    /**
     * Whether the buyer is a care provider under chapter four of SGB V, a health or care
     * insurer, or a processor for one of them (the addressees of § 393 SGB V).
     */
    sgbVActor: z.boolean().default(false),
    serviceModel: z.enum(serviceModels),
    /** Whether AI models will be trained or run on the service. */
    aiWorkloads: z.boolean().default(false),
    /** The estimated contract value in euros, net, over the whole term. */
    contractValueEur: z.number().min(0).max(1e12),
    /** Whether that value reaches the EU threshold for this kind of contract. */
    aboveEuThreshold: z.boolean(),
    /**
     * The procurement regime, if known: rules cite the paragraphs of this regime; without it
     * they cite every regime's.
     */
    regime: z.enum(procurementRegimes).optional(),
  })
  .meta({ id: 'BuyerContext', examples: [buyerContextExample] });
export type BuyerContext = z.output<typeof BuyerContext>;

/** The facts recommendation rules may test, with their types. */
export const buyerContextFacts: Readonly<Record<keyof BuyerContext, FactType>> = {
  dataClasses: { kind: 'list', values: dataClasses },
  nis2Entity: { kind: 'enum', values: nis2Categories },
  kritisOperator: { kind: 'boolean' },
  sector: { kind: 'enum', values: sectors },
  sgbVActor: { kind: 'boolean' },
  serviceModel: { kind: 'enum', values: serviceModels },
  aiWorkloads: { kind: 'boolean' },
  contractValueEur: { kind: 'number' },
  aboveEuThreshold: { kind: 'boolean' },
  regime: { kind: 'enum', values: procurementRegimes },
};
