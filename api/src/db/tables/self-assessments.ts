// Tables of the self-assessment registry migration; each table's interface is named <Name>Table.
import type { ColumnType, Generated } from 'kysely';

/** Set on insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;

export const selfAssessmentStatuses = ['draft', 'published'] as const;
export type SelfAssessmentStatus = (typeof selfAssessmentStatuses)[number];

export interface SelfAssessmentTables {
  vendor_profile: VendorProfileTable;
  vendor_service: VendorServiceTable;
  self_assessment_version: SelfAssessmentVersionTable;
  evidence_document: EvidenceDocumentTable;
  evidence_grant: EvidenceGrantTable;
  attestation_verification: AttestationVerificationTable;
}

/** One row per vendor organisation; the profile as canonical JSON (`VendorProfile`). */
export interface VendorProfileTable {
  organisation_id: Fixed<string>;
  organisation_kind: ColumnType<'vendor', 'vendor' | undefined, never>;
  content: string;
  version: number;
  created_at: Fixed<Date>;
  updated_by: string | null;
  updated_by_key: string | null;
  updated_at: Date;
}

export interface VendorServiceTable {
  id: Generated<string>;
  organisation_id: Fixed<string>;
  organisation_kind: ColumnType<'vendor', 'vendor' | undefined, never>;
  name: string;
  summary: string | null;
  version: number;
  created_at: Fixed<Date>;
  updated_at: Date;
}

/**
 * A self-assessment version of a service. Drafts change; a published row is refused any change by
 * a trigger. `content` is the canonical JSON of `SelfAssessmentContent`; `vendor_snapshot` the
 * canonical JSON of the vendor's profile when it was published.
 */
export interface SelfAssessmentVersionTable {
  id: Generated<string>;
  service_id: Fixed<string>;
  number: Fixed<number>;
  status: SelfAssessmentStatus;
  content: string;
  vendor_snapshot: string | null;
  content_sha256: string | null;
  version: number;
  created_at: Fixed<Date>;
  updated_at: Date;
  published_at: Date | null;
}

/** An uploaded evidence document; the bytes and their hash never change (trigger). */
export interface EvidenceDocumentTable {
  id: Generated<string>;
  service_id: Fixed<string>;
  title: string;
  /** Generated, never the uploader's name: `<id>.<extension of the detected type>`. */
  file_name: Fixed<string>;
  media_type: Fixed<string>;
  byte_size: Fixed<number>;
  sha256: Fixed<string>;
  content: Fixed<Uint8Array>;
  /** Readable only by the vendor and the authorities it granted access (§ 41 (3) VgV). */
  confidential: Fixed<boolean>;
  uploaded_by: Fixed<string | null>;
  uploaded_by_key: Fixed<string | null>;
  uploaded_at: Fixed<Date>;
}

/** A vendor's grant to one authority to read the service's confidential evidence. */
export interface EvidenceGrantTable {
  id: Generated<string>;
  service_id: Fixed<string>;
  authority_id: Fixed<string>;
  authority_kind: ColumnType<'authority', 'authority' | undefined, never>;
  granted_by: Fixed<string | null>;
  granted_by_key: Fixed<string | null>;
  granted_at: Fixed<Date>;
  revoked_at: Date | null;
}

/** An authority's record that it checked an attestation of a published version. */
export interface AttestationVerificationTable {
  id: Generated<string>;
  version_id: Fixed<string>;
  attestation_id: Fixed<string>;
  authority_id: Fixed<string>;
  authority_kind: ColumnType<'authority', 'authority' | undefined, never>;
  /** YYYY-MM-DD: dates are read as text (type-parsers.ts). */
  checked_on: Fixed<string>;
  method: Fixed<string>;
  result: Fixed<string>;
  note: Fixed<string | null>;
  recorded_by: Fixed<string>;
  recorded_at: Fixed<Date>;
}
