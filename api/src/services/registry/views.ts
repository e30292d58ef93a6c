import type {
  AttestationValidity,
  RegistryEvidenceDocument,
  RegistryServiceResponse,
  RegistryVersionResponse,
  SelfAssessmentContent,
  VendorProfile,
  VerificationResponse,
} from '@tenderwise/schema';
import type { VerificationRow } from '../../db/repositories/registry.ts';
import type { SelfAssessmentVersionRow } from '../../db/repositories/self-assessment-versions.ts';
import type { VendorServiceRow } from '../../db/repositories/vendor-services.ts';
import type { verificationMethods, verificationResults } from '@tenderwise/schema';

export function versionRef(row: SelfAssessmentVersionRow) {
  return { id: row.id, number: row.number, publishedAt: row.published_at?.toISOString() ?? null };
}

export function registryServiceResponse(
  service: VendorServiceRow,
  versions: readonly SelfAssessmentVersionRow[],
  vendorName: string,
): RegistryServiceResponse {
  return {
    id: service.id,
    vendorOrganisationId: service.organisation_id,
    vendorName,
    name: service.name,
    summary: service.summary,
    versions: versions.map(versionRef),
  };
}

/**
 * A published version as authorities read it, its attestations judged on the asked date, with the
 * evidence documents it cites.
 */
export function registryVersionResponse(
  row: SelfAssessmentVersionRow,
  published: { content: SelfAssessmentContent; vendor: VendorProfile },
  validity: AttestationValidity[],
  documents: RegistryEvidenceDocument[],
): RegistryVersionResponse {
  return {
    id: row.id,
    serviceId: row.service_id,
    number: row.number,
    status: row.status,
    content: published.content,
    vendor: published.vendor,
    contentSha256: row.content_sha256,
    publishedAt: row.published_at?.toISOString() ?? null,
    validity,
    documents,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function verificationResponse(
  row: VerificationRow,
  versionNumber: number,
): VerificationResponse {
  return {
    id: row.id,
    versionId: row.version_id,
    versionNumber,
    attestationId: row.attestation_id,
    checkedOn: row.checked_on,
    method: row.method as (typeof verificationMethods)[number],
    result: row.result as (typeof verificationResults)[number],
    note: row.note,
    recordedBy: { id: row.recorded_by, displayName: row.recorded_by_name },
    recordedAt: row.recorded_at.toISOString(),
  };
}
