import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The vendor side of the self-assessment registry (ADR 0032): a vendor's profile, services,
 * self-assessment versions, export and import, and expiry warnings, for the vendor's users and
 * its API keys with scope `self-assessment:write` (the API is a vendor's way in; DESIGN.md).
 *
 * Operations on the caller's own profile, its lists and the authorities to choose from name no
 * object: the verb takes the vendor organisation from the caller (like `listApiKeys`). Operations
 * that name a service or version relate the caller to it with `ownVendor`: another vendor's
 * service, draft or version answers 404, as if it did not exist. Authorities read published
 * versions through the registry's own operations (`registryReader`), never through these:
 * drafts stay the vendor's alone. Administrators administer the installation, not a vendor's
 * answers: no row grants `admin`.
 */
const vendorSide: readonly Grant[] = [
  { to: 'vendor', relation: 'public' },
  { to: { apiKeyScope: 'self-assessment:write' }, relation: 'public' },
];

/** The vendor's own service, or a version of it. */
const ownService: readonly Grant[] = [
  { to: 'vendor', relation: 'ownVendor' },
  { to: { apiKeyScope: 'self-assessment:write' }, relation: 'ownVendor' },
];

/** Policy rows of the vendor operations; spread into the one table in `access/policy.ts`. */
export const vendorPolicies = {
  getVendorProfile: { object: null, beforeMfa: false, grants: vendorSide },
  saveVendorProfile: { object: null, beforeMfa: false, grants: vendorSide },
  listVendorServices: { object: null, beforeMfa: false, grants: vendorSide },
  createVendorService: { object: null, beforeMfa: false, grants: vendorSide },
  listAttestationWarnings: { object: null, beforeMfa: false, grants: vendorSide },
  getVendorService: { object: 'vendorService', beforeMfa: false, grants: ownService },
  updateVendorService: { object: 'vendorService', beforeMfa: false, grants: ownService },
  listSelfAssessmentVersions: { object: 'vendorService', beforeMfa: false, grants: ownService },
  createSelfAssessmentDraft: { object: 'vendorService', beforeMfa: false, grants: ownService },
  importSelfAssessment: { object: 'vendorService', beforeMfa: false, grants: ownService },
  getSelfAssessmentVersion: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: ownService,
  },
  saveSelfAssessmentDraft: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: ownService,
  },
  publishSelfAssessmentVersion: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: ownService,
  },
  exportSelfAssessmentVersion: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: ownService,
  },
  // The names of enabled authorities, for a vendor choosing whom to grant evidence access to.
  listAuthorities: { object: null, beforeMfa: false, grants: vendorSide },
  // evidence documents and grants to authorities (§ 41 (3) VgV)
  uploadEvidenceDocument: { object: 'vendorService', beforeMfa: false, grants: ownService },
  listEvidenceDocuments: { object: 'vendorService', beforeMfa: false, grants: ownService },
  downloadEvidenceDocument: { object: 'evidenceDocument', beforeMfa: false, grants: ownService },
  deleteEvidenceDocument: { object: 'evidenceDocument', beforeMfa: false, grants: ownService },
  listEvidenceGrants: { object: 'vendorService', beforeMfa: false, grants: ownService },
  createEvidenceGrant: { object: 'vendorService', beforeMfa: false, grants: ownService },
  revokeEvidenceGrant: { object: 'vendorService', beforeMfa: false, grants: ownService },
  // end of evidence rows
} as const satisfies Record<string, OperationPolicy>;
