import type { SelfAssessmentVersionRow } from '../../db/repositories/self-assessment-versions.ts';
import type { VendorServiceRow } from '../../db/repositories/vendor-services.ts';
import type { AccessObject } from '../../security/access/authorize.ts';

/**
 * The objects of the self-assessment registry as `authorize` sees them (ADR 0032). Each belongs
 * to its vendor organisation (`ownVendor`); `registry` says whether authorities may read it
 * (`registryReader`): published, and for confidential evidence granted to the caller's authority.
 */

/** A service is readable by authorities once one of its versions is published. */
export function vendorServiceObject(
  service: Pick<VendorServiceRow, 'id' | 'organisation_id'>,
  { published }: { published: boolean },
): AccessObject {
  return {
    type: 'vendorService',
    id: service.id,
    organisationId: service.organisation_id,
    vendorOrganisationId: service.organisation_id,
    registry: { published, confidential: false, grantedAuthorityIds: [] },
  };
}

/** A version is readable by authorities once published; a draft is the vendor's alone. */
export function selfAssessmentVersionObject(
  version: Pick<SelfAssessmentVersionRow, 'id' | 'status'>,
  service: Pick<VendorServiceRow, 'organisation_id'>,
): AccessObject {
  return {
    type: 'selfAssessmentVersion',
    id: version.id,
    organisationId: service.organisation_id,
    vendorOrganisationId: service.organisation_id,
    registry: {
      published: version.status === 'published',
      confidential: false,
      grantedAuthorityIds: [],
    },
  };
}

/**
 * An evidence document is readable by authorities when a published version cites it; a
 * confidential one only by the authorities the vendor granted access to the service's evidence.
 */
export function evidenceDocumentObject(
  document: { id: string; confidential: boolean },
  service: Pick<VendorServiceRow, 'organisation_id'>,
  {
    citedByPublished,
    grantedAuthorityIds,
  }: {
    citedByPublished: boolean;
    grantedAuthorityIds: readonly string[];
  },
): AccessObject {
  return {
    type: 'evidenceDocument',
    id: document.id,
    organisationId: service.organisation_id,
    vendorOrganisationId: service.organisation_id,
    registry: {
      published: citedByPublished,
      confidential: document.confidential,
      grantedAuthorityIds,
    },
  };
}
