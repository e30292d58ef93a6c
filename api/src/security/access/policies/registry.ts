import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The authority side of the self-assessment registry (ADR 0032): officers and reviewers of any
 * authority read what vendors published (`registryReader`); confidential evidence only with the
 * vendor's grant to their authority. Drafts and ungranted confidential evidence are not found.
 */
const registryReaders: readonly Grant[] = [
  { to: 'officer', relation: 'registryReader' },
  { to: 'reviewer', relation: 'registryReader' },
];

/** Policy rows of the registry operations; spread into the one table in `access/policy.ts`. */
export const registryPolicies = {
  // evidence documents cited by published versions; every read is audited
  downloadRegistryEvidenceDocument: {
    object: 'evidenceDocument',
    beforeMfa: false,
    grants: registryReaders,
  },
  // end of evidence rows
} as const satisfies Record<string, OperationPolicy>;
