import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * Bids of a tender (ADR 0041). A bid is sealed until the opening (§ 55 VgV); what is opened is
 * read by the tender's team for the evaluation. Bids reach a tender in one of two ways, as its
 * `bid_intake` says: received and opened on the authority's e-procurement platform and imported
 * from its export, or received in our sealed vault and opened in a joint opening session. Either
 * way the tender is visible to its team only; to everybody else it does not exist (404).
 */

// Import

/** The officers on the team once the tender is published: the platform's export arrives then. */
const importing: readonly Grant[] = [
  {
    to: 'officer',
    relation: 'assignedOfficer',
    states: ['published', 'submissionClosed', 'opened'],
  },
];

/** Policy rows of the bid operations; spread into the one table in `access/policy.ts`. */
export const bidPolicies = {
  // Import
  // The template, the preview and the import: the verbs also refuse tenders whose bids are
  // received in our vault (409) and any time before the submission deadline (409).
  getBidImportTemplate: { object: 'tender', beforeMfa: false, grants: importing },
  previewBidImport: { object: 'tender', beforeMfa: false, grants: importing },
  importBids: { object: 'tender', beforeMfa: false, grants: importing },
  listBidImports: {
    object: 'tender',
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'assignedOfficer' }],
  },
  // Column mappings belong to the authority: the verbs read and write the caller's own.
  listBidImportMappings: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'public' }],
  },
  getBidImportMapping: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'public' }],
  },
  saveBidImportMapping: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'public' }],
  },
} as const satisfies Record<string, OperationPolicy>;
