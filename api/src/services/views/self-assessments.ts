import {
  SelfAssessmentContent,
  VendorProfile,
  type AttestationValidity,
  type SelfAssessmentVersionResponse,
  type VendorProfileResponse,
  type VendorServiceResponse,
} from '@tenderwise/schema';
import type { SelfAssessmentVersionRow } from '../../db/repositories/self-assessment-versions.ts';
import type { VendorProfileRow } from '../../db/repositories/vendor-profiles.ts';
import type { VendorServiceRow } from '../../db/repositories/vendor-services.ts';

// Stored content was validated when it was written; parsing it again restores its type.

export function profileOf(row: Pick<VendorProfileRow, 'content'>): VendorProfile {
  return VendorProfile.parse(JSON.parse(row.content));
}

export function contentOf(row: Pick<SelfAssessmentVersionRow, 'content'>): SelfAssessmentContent {
  return SelfAssessmentContent.parse(JSON.parse(row.content));
}

export function vendorProfileResponse(row: VendorProfileRow): VendorProfileResponse {
  return {
    organisationId: row.organisation_id,
    profile: profileOf(row),
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

type VersionRefRow = Pick<SelfAssessmentVersionRow, 'id' | 'number' | 'status' | 'published_at'>;

export function versionRef(row: VersionRefRow) {
  return { id: row.id, number: row.number, publishedAt: row.published_at?.toISOString() ?? null };
}

/**
 * A service as its vendor sees it: with the newest published version and the draft, picked from
 * the service's versions (any order).
 */
export function vendorServiceResponse(
  row: VendorServiceRow,
  vendorName: string,
  versions: readonly VersionRefRow[],
): VendorServiceResponse {
  const published = versions
    .filter((version) => version.status === 'published')
    .sort((a, b) => b.number - a.number)[0];
  const draft = versions.find((version) => version.status === 'draft');
  return {
    id: row.id,
    organisationId: row.organisation_id,
    vendorName,
    name: row.name,
    summary: row.summary,
    latestPublished: published === undefined ? null : versionRef(published),
    draft: draft === undefined ? null : versionRef(draft),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function versionResponse(
  row: SelfAssessmentVersionRow,
  validity: AttestationValidity[],
): SelfAssessmentVersionResponse {
  return {
    id: row.id,
    serviceId: row.service_id,
    number: row.number,
    status: row.status,
    content: contentOf(row),
    vendor: row.vendor_snapshot === null ? null : profileOf({ content: row.vendor_snapshot }),
    contentSha256: row.content_sha256,
    publishedAt: row.published_at?.toISOString() ?? null,
    validity,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
