import type { Grant, OperationPolicy } from '../policy.ts';

/**
 * The catalogue is the public reference data of an open-source product: the same files are in
 * every checkout, each entry cites public sources, and a buyer should see them before signing
 * in (the assistant starts there). Recommendations and legal-exposure answers are read-only
 * computations on what the caller sends, like the analysis endpoints: nothing is stored and
 * nothing of another organisation is read. Hence every operation of the API is public; rate
 * limiting, not the policy table, guards against load. Loading the catalogue is no operation of
 * the API: only the operator does it, from the files of the installation (`npm run seed`); the
 * demo loader, which an administrator may run, loads the same files as its first step (ADR 0023).
 */
const everyone: readonly Grant[] = [{ to: 'anonymous', relation: 'public' }];

/** Policy rows of the catalogue operations; spread into the one table in `access/policy.ts`. */
export const cataloguePolicies = {
  getCatalogueIndex: { object: null, beforeMfa: false, grants: everyone },
  listCatalogueEntries: { object: null, beforeMfa: false, grants: everyone },
  getCatalogueEntry: { object: null, beforeMfa: false, grants: everyone },
  listEvaluationTemplates: { object: null, beforeMfa: false, grants: everyone },
  getEvaluationTemplate: { object: null, beforeMfa: false, grants: everyone },
  listCatalogueRules: { object: null, beforeMfa: false, grants: everyone },
  recommendCriteria: { object: null, beforeMfa: false, grants: everyone },
  assessLegalExposure: { object: null, beforeMfa: false, grants: everyone },
  loadCatalogue: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'operator', relation: 'public' }],
  },
} as const satisfies Record<string, OperationPolicy>;
