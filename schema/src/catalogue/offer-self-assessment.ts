import { z } from 'zod';
import type { FactType } from './condition.ts';

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. DE');

export const usJurisdictionAnswers = ['yes', 'no', 'unknown'] as const;
export const keyControls = ['provider', 'externalKeyManagement', 'clientSideEncryption'] as const;

/** A German subsidiary of a US group: the example of the schema and of the API operation. */
export const offerExample = {
  providerCountry: 'DE',
  controllingCompanyCountries: ['US'],
  usJurisdiction: 'yes',
  dataLocations: ['DE'],
  operationsLocations: ['DE', 'IE'],
  customerKeyControl: 'externalKeyManagement',
  disconnectTested: false,
  russiaLinks: {
    establishedInRussia: false,
    russianOwnershipOver50Percent: false,
    actingForRussianEntity: false,
    russianSubcontractorsOver10Percent: false,
  },
  nonEuShareholding: { largestSinglePercent: 100, totalPercent: 100 },
};

/** The four prongs of Art. 5k (1) of Regulation (EU) No 833/2014. */
export const RussiaLinks = z.strictObject({
  establishedInRussia: z.boolean(),
  russianOwnershipOver50Percent: z.boolean(),
  actingForRussianEntity: z.boolean(),
  russianSubcontractorsOver10Percent: z.boolean(),
});

/** Capital and voting rights held by companies seated outside the EU. */
export const NonEuShareholding = z
  .strictObject({
    largestSinglePercent: z.number().min(0).max(100),
    totalPercent: z.number().min(0).max(100),
  })
  .refine((share) => share.largestSinglePercent <= share.totalPercent, {
    message: 'The largest single holding cannot exceed the total',
    path: ['largestSinglePercent'],
  });

/**
 * A vendor's self-declared facts about one offered service, as the legal-exposure rules read
 * them. They are declarations: each finding names the evidence a buyer asks for to check them.
 */
export const OfferSelfAssessment = z
  .strictObject({
    /** Where the contracting provider is incorporated. */
    providerCountry: CountryCode,
    /** Where every company that directly or indirectly controls the provider is incorporated. */
    controllingCompanyCountries: z.array(CountryCode).max(30).default([]),
    /**
     * Whether the provider or any company controlling it is subject to US jurisdiction (US
     * incorporation or seat, or business in the US that subjects it to US legal process).
     */
    usJurisdiction: z.enum(usJurisdictionAnswers),
    /** Countries where the customer's data is stored or processed, backups and logs included. */
    dataLocations: z.array(CountryCode).min(1).max(60),
    /** Countries from which operations, administration and support access the service. */
    operationsLocations: z.array(CountryCode).min(1).max(60),
    /** Who holds the keys that protect the customer's data. */
    customerKeyControl: z.enum(keyControls),
    /** Whether disconnecting all non-EU network connections is documented and tested yearly. */
    disconnectTested: z.boolean(),
    /** The four prongs of Art. 5k (1) of Regulation (EU) No 833/2014. */
    russiaLinks: RussiaLinks,
    /** Capital and voting rights held by companies seated outside the EU. */
    nonEuShareholding: NonEuShareholding.optional(),
  })
  .meta({ id: 'OfferSelfAssessment', examples: [offerExample] });
export type OfferSelfAssessment = z.output<typeof OfferSelfAssessment>;

/**
 * The facts legal-exposure rules test, derived from a self-assessment (see the API's
 * `deriveOfferFacts`): a rule never reads raw country lists, so EU/EEA membership is decided once.
 */
export const offerFacts = {
  usJurisdiction: { kind: 'enum', values: usJurisdictionAnswers },
  providerOutsideEea: { kind: 'boolean' },
  nonEeaControl: { kind: 'boolean' },
  dataOutsideEea: { kind: 'boolean' },
  operationsOutsideEea: { kind: 'boolean' },
  customerKeyControl: { kind: 'enum', values: keyControls },
  disconnectTested: { kind: 'boolean' },
  russiaLinked: { kind: 'boolean' },
  nonEuShareholdingAboveSecNumCloudLimits: { kind: 'boolean' },
} as const satisfies Readonly<Record<string, FactType>>;

export type OfferFacts = {
  usJurisdiction: (typeof usJurisdictionAnswers)[number];
  customerKeyControl: (typeof keyControls)[number];
} & Record<Exclude<keyof typeof offerFacts, 'usJurisdiction' | 'customerKeyControl'>, boolean>;
