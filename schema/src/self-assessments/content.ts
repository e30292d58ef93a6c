import { z } from 'zod';
import {
  CountryCode,
  keyControls,
  NonEuShareholding,
  RussiaLinks,
  usJurisdictionAnswers,
} from '../catalogue/offer-self-assessment.ts';
import { ResourceId } from '../administration/common.ts';
import { CalendarDate, Identifier } from '../evaluation/common.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Countries = z.array(CountryCode).max(60);

/** The eight sovereignty objectives of the Cloud Sovereignty Framework (catalogue `csf.sov-N`). */
export const sovereigntyObjectives = [
  'sov-1',
  'sov-2',
  'sov-3',
  'sov-4',
  'sov-5',
  'sov-6',
  'sov-7',
  'sov-8',
] as const;

/** A SEAL level (0…4) the vendor claims for one objective, with its reasons. */
export const SealAnswer = z.strictObject({
  level: z.int().min(0).max(4),
  justification: Text(4_000),
});

/** Whether a C3A criterion (catalogue `c3a.*`) is met, and how. */
export const C3aAnswer = z.strictObject({
  met: z.boolean(),
  how: Text(4_000).optional(),
});

export const Subprocessor = z.strictObject({
  name: Text(200),
  country: CountryCode,
  purpose: Text(500),
  /** Share of the contract's value it performs, if known (Art. 5k: above 10 % matters). */
  sharePercent: z.number().min(0).max(100).optional(),
});

export const OpenStandard = z.strictObject({
  name: Text(200),
  note: Text(1_000).optional(),
});

/**
 * Evidence behind an attestation: a document uploaded to this service's evidence (stored in the
 * database with its SHA-256), or a link to a public register or report.
 */
export const AttestationEvidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('document'), documentId: ResourceId }),
  z.strictObject({ kind: z.literal('link'), url: z.url({ protocol: /^https$/ }).max(2_000) }),
]);

/**
 * An attestation, certificate or label of the service. `scheme` and `type` use the catalogue's
 * scheme ids (`bsi-c5` with `type2`, `iso-27001` …), so evaluation schemes' attestation rules and
 * the scheme's validity rule apply. Validity is judged on a date the reader names, from the audit
 * period, the report date or the stated validity, by the scheme's rule.
 */
export const Attestation = z.strictObject({
  /** Stable within the service's versions, so verifications and comparisons can name it. */
  id: Identifier,
  scheme: Identifier.meta({ examples: ['bsi-c5', 'iso-27001'] }),
  type: Identifier.optional().meta({ examples: ['type2'] }),
  /** The catalogue entry it corresponds to, e.g. `assurance.c5-type-2`. */
  entryId: z.string().max(100).optional(),
  issuer: Text(200).meta({ description: 'The auditor or certification body' }),
  scope: Text(2_000).meta({ description: 'What the report or certificate covers' }),
  /** Whether its scope covers this service (not only some other service of the vendor). */
  coversService: z.boolean(),
  auditPeriod: z.strictObject({ from: CalendarDate, to: CalendarDate }).optional(),
  reportDate: CalendarDate.optional(),
  validFrom: CalendarDate.optional(),
  validUntil: CalendarDate.optional(),
  evidence: AttestationEvidence.optional(),
});
export type Attestation = z.output<typeof Attestation>;

/**
 * A vendor's answers about one service, to the catalogue's questions. Every part is optional in
 * a draft; publishing requires `locations`, `keyManagement` and `legalExposure` (the facts the
 * legal-exposure assessment reads) and refuses the draft with a pointer to each missing part.
 */
export const SelfAssessmentContent = z
  .strictObject({
    seal: z.partialRecord(z.enum(sovereigntyObjectives), SealAnswer).default({}),
    c3a: z
      .record(z.string().regex(/^c3a\.[a-z0-9-]{1,40}$/), C3aAnswer)
      .refine((map) => Object.keys(map).length <= 200, { message: 'At most 200 entries' })
      .default({}),
    locations: z
      .strictObject({
        data: Countries.min(1),
        processing: Countries.min(1),
        support: Countries.min(1),
        administration: Countries.min(1),
      })
      .optional(),
    keyManagement: z
      .strictObject({ control: z.enum(keyControls), description: Text(2_000).optional() })
      .optional(),
    subprocessors: z.array(Subprocessor).max(100).default([]),
    openStandards: z.array(OpenStandard).max(50).default([]),
    legalExposure: z
      .strictObject({
        usJurisdiction: z.enum(usJurisdictionAnswers),
        disconnectTested: z.boolean(),
        russiaLinks: RussiaLinks,
        nonEuShareholding: NonEuShareholding.optional(),
      })
      .optional(),
    attestations: z
      .array(Attestation)
      .max(30)
      .refine((list) => new Set(list.map((item) => item.id)).size === list.length, {
        message: 'Attestation ids must be unique',
      })
      .default([]),
  })
  .meta({ id: 'SelfAssessmentContent' });
export type SelfAssessmentContent = z.output<typeof SelfAssessmentContent>;
