import { editableReviewStatuses } from '../../../domain/options-reviews/review-lifecycle.ts';
import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The authority side of the self-assessment registry (ADR 0032): every officer and reviewer of
 * any authority reads published services, versions and the evidence they cite
 * (`registryReader`); confidential evidence only with the vendor's grant to their authority.
 * Drafts and ungranted confidential evidence are invisible (404). Vendors read their own through
 * the vendor operations, never here. Verifications belong to the recording authority: the verbs
 * list only the caller's authority's records, and only its officers record them.
 */
const readers: readonly Grant[] = [
  { to: 'officer', relation: 'registryReader' },
  { to: 'reviewer', relation: 'registryReader' },
];

/** Policy rows of the registry operations; spread into the one table in `access/policy.ts`. */
export const registryPolicies = {
  // --- authority side: search, read, compare, legal exposure, verifications ---
  // Object-less: the verb searches published versions only.
  searchRegistry: {
    object: null,
    beforeMfa: false,
    grants: [
      { to: 'officer', relation: 'public' },
      { to: 'reviewer', relation: 'public' },
    ],
  },
  getRegistryService: { object: 'vendorService', beforeMfa: false, grants: readers },
  compareRegistryVersions: { object: 'vendorService', beforeMfa: false, grants: readers },
  getRegistryVersion: { object: 'selfAssessmentVersion', beforeMfa: false, grants: readers },
  assessRegistryLegalExposure: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: readers,
  },
  // Reviewers (committee members) read and score but change nothing (TESTPLAN.md): recording a
  // check of an attestation is the officers' act for their authority.
  recordRegistryVerification: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'registryReader' }],
  },
  listRegistryVerifications: {
    object: 'selfAssessmentVersion',
    beforeMfa: false,
    grants: readers,
  },
  // Granted like adding an option by hand: officers who take part, until the review is concluded.
  createOptionsReviewOptionFromRegistry: {
    object: 'optionsReview',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'reviewMember', states: editableReviewStatuses }],
  },
  // --- end of the authority side ---
  // --- evidence: documents cited by published versions, confidential ones only with the
  // vendor's grant to the caller's authority; every read is audited ---
  downloadRegistryEvidenceDocument: {
    object: 'evidenceDocument',
    beforeMfa: false,
    grants: readers,
  },
  // --- end of evidence ---
} as const satisfies Record<string, OperationPolicy>;
