import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { LegalExposureResponse } from '../catalogue/api.ts';
import { keyControls, OfferSelfAssessment } from '../catalogue/offer-self-assessment.ts';
import { CalendarDate, Identifier } from '../evaluation/common.ts';
import { NextCursor, pageQueryFields } from '../pagination.ts';
import { sovereigntyObjectives } from './content.ts';
import { VersionRef } from './services.ts';

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(500)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20));

/**
 * What an authority searches the registry by, all optional and combined with AND, each judged on
 * the latest published version of a service: e.g. "C5 type 2 valid on 2027-01-15, keys only with
 * the customer, data only in the EU/EEA" is
 * `?attestation=bsi-c5:type2&validOn=2027-01-15&keyControl=externalKeyManagement,clientSideEncryption&dataIn=eea`.
 */
export const RegistrySearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional(),
  /** `scheme` or `scheme:type`, comma-separated; every one must be held and valid on `validOn`. */
  attestation: list(z.string().regex(/^[A-Za-z0-9._-]{1,64}(:[A-Za-z0-9._-]{1,64})?$/)).optional(),
  /** Any of these key controls. */
  keyControl: list(z.enum(keyControls)).optional(),
  /** Where data, processing, support and administration must all stay. */
  dataIn: z.enum(['eea', 'de']).optional(),
  /** `sov-N:level`, comma-separated: at least this SEAL level. */
  sealAtLeast: list(z.string().regex(/^sov-[1-8]:[0-4]$/)).optional(),
  /** C3A criterion ids that must be met. */
  c3a: list(z.string().regex(/^c3a\.[a-z0-9-]{1,40}$/)).optional(),
  validOn: CalendarDate.optional(),
  ...pageQueryFields,
});
export type RegistrySearchQuery = z.output<typeof RegistrySearchQuery>;

export const RegistryServiceSummary = z
  .strictObject({
    serviceId: ResourceId,
    vendorOrganisationId: ResourceId,
    vendorName: z.string(),
    serviceName: z.string(),
    summary: z.string().nullable(),
    versionId: ResourceId,
    versionNumber: z.int().min(1),
    publishedAt: Timestamp,
    /** The attestations valid on the search's date, as `scheme:type`. */
    validAttestations: z.array(z.string()),
    keyControl: z.enum(keyControls),
    seal: z.partialRecord(z.enum(sovereigntyObjectives), z.int().min(0).max(4)),
  })
  .meta({ id: 'RegistryServiceSummary' });

export const RegistrySearchResponse = z
  .strictObject({
    items: z.array(RegistryServiceSummary),
    nextCursor: NextCursor,
    validOn: CalendarDate,
  })
  .meta({ id: 'RegistrySearchResponse' });
export type RegistrySearchResponse = z.output<typeof RegistrySearchResponse>;

/** One difference between two versions, by JSON pointer into the content. */
export const VersionDifference = z.strictObject({
  pointer: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
});
export const VersionComparisonResponse = z
  .strictObject({
    serviceId: ResourceId,
    from: z.int().min(1),
    to: z.int().min(1),
    differences: z.array(VersionDifference),
  })
  .meta({ id: 'VersionComparisonResponse' });

export const verificationMethods = ['issuerRegister', 'report', 'bridgeLetter', 'other'] as const;
export const verificationResults = ['confirmed', 'discrepancies', 'notConfirmed'] as const;

export const RecordVerificationInput = z
  .strictObject({
    attestationId: Identifier,
    /** The day the authority checked the register or report. */
    checkedOn: CalendarDate,
    method: z.enum(verificationMethods),
    result: z.enum(verificationResults),
    note: z.string().trim().min(1).max(2_000).optional(),
  })
  .meta({ id: 'RecordVerificationInput' });
export type RecordVerificationInput = z.output<typeof RecordVerificationInput>;

export const VerificationResponse = z
  .strictObject({
    id: ResourceId,
    versionId: ResourceId,
    versionNumber: z.int().min(1),
    attestationId: z.string(),
    checkedOn: CalendarDate,
    method: z.enum(verificationMethods),
    result: z.enum(verificationResults),
    note: z.string().nullable(),
    recordedBy: z.strictObject({ id: ResourceId, displayName: z.string() }),
    recordedAt: Timestamp,
  })
  .meta({ id: 'VerificationResponse' });
export type VerificationResponse = z.output<typeof VerificationResponse>;

export const VerificationListResponse = z
  .strictObject({ items: z.array(VerificationResponse) })
  .meta({ id: 'VerificationListResponse' });

/** Add a published version to an options review as a new option. */
export const CreateOptionFromRegistryInput = z
  .strictObject({
    serviceId: ResourceId,
    versionNumber: z.int().min(1),
    /** The option's name; the service's name when absent. */
    name: z.string().trim().min(1).max(200).optional(),
  })
  .meta({ id: 'CreateOptionFromRegistryInput' });
export type CreateOptionFromRegistryInput = z.output<typeof CreateOptionFromRegistryInput>;

export const AuthorityListResponse = z
  .strictObject({ items: z.array(z.strictObject({ id: ResourceId, name: z.string() })) })
  .meta({ id: 'AuthorityListResponse' });

/** A published service as authorities see it: its published versions, never its draft. */
export const RegistryServiceResponse = z
  .strictObject({
    id: ResourceId,
    vendorOrganisationId: ResourceId,
    /** The vendor's legal name as published with the latest version. */
    vendorName: z.string(),
    name: z.string(),
    summary: z.string().nullable(),
    /** Published versions, oldest first. */
    versions: z.array(VersionRef),
  })
  .meta({ id: 'RegistryServiceResponse' });
export type RegistryServiceResponse = z.output<typeof RegistryServiceResponse>;

export const CompareVersionsQuery = z.strictObject({
  from: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'a version number')
    .transform(Number),
  to: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'a version number')
    .transform(Number),
});

/**
 * The registry's legal-exposure view of a published version: the catalogue's assessment applied
 * to the self-assessment derived from the version and the vendor profile published with it,
 * together with that derived input, so a reader sees which answers were used.
 */
export const RegistryLegalExposureResponse = z
  .strictObject({
    serviceId: ResourceId,
    versionId: ResourceId,
    versionNumber: z.int().min(1),
    input: OfferSelfAssessment,
    assessment: LegalExposureResponse,
  })
  .meta({ id: 'RegistryLegalExposureResponse' });
export type RegistryLegalExposureResponse = z.output<typeof RegistryLegalExposureResponse>;

export const RegistryServiceParams = z.strictObject({
  serviceId: ResourceId.meta({ param: { name: 'serviceId', in: 'path' } }),
});

export const RegistryVersionParams = z.strictObject({
  serviceId: ResourceId.meta({ param: { name: 'serviceId', in: 'path' } }),
  number: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'a version number')
    .transform(Number)
    .meta({ param: { name: 'number', in: 'path' }, examples: ['1'] }),
});
