import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The vendor side of the self-assessment registry (ADR 0032): a vendor organisation's users, and
 * its API keys with the scope `self-assessment:write`, act on their own organisation's objects
 * (`ownVendor`); another vendor's are not found. Authorities have no row here: they read what is
 * published through the registry operations (`policies/registry.ts`).
 */
const ownVendor: readonly Grant[] = [
  { to: 'vendor', relation: 'ownVendor' },
  { to: { apiKeyScope: 'self-assessment:write' }, relation: 'ownVendor' },
];

/** Policy rows of the vendor operations; spread into the one table in `access/policy.ts`. */
export const vendorPolicies = {
  // evidence documents and grants to authorities (§ 41 (3) VgV)
  uploadEvidenceDocument: { object: 'vendorService', beforeMfa: false, grants: ownVendor },
  listEvidenceDocuments: { object: 'vendorService', beforeMfa: false, grants: ownVendor },
  downloadEvidenceDocument: { object: 'evidenceDocument', beforeMfa: false, grants: ownVendor },
  deleteEvidenceDocument: { object: 'evidenceDocument', beforeMfa: false, grants: ownVendor },
  listEvidenceGrants: { object: 'vendorService', beforeMfa: false, grants: ownVendor },
  createEvidenceGrant: { object: 'vendorService', beforeMfa: false, grants: ownVendor },
  revokeEvidenceGrant: { object: 'vendorService', beforeMfa: false, grants: ownVendor },
  // end of evidence rows
} as const satisfies Record<string, OperationPolicy>;
