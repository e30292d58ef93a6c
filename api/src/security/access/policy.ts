import type { ApiKeyScope, Role } from '../../db/tables/accounts.ts';
import type { OptionsReviewStatus } from '../../domain/options-reviews/review-lifecycle.ts';
import type { TenderState } from '../../domain/tenders/tender-lifecycle.ts';
import { accountPolicies } from './policies/account.ts';
import { administrationPolicies } from './policies/administration.ts';
import { cataloguePolicies } from './policies/catalogue.ts';
import { demoPolicies } from './policies/demo.ts';
import { setupPolicies } from './policies/setup.ts';
import { optionsReviewPolicies } from './policies/options-reviews.ts';
import { registryPolicies } from './policies/registry.ts';
import { vendorPolicies } from './policies/vendors.ts';
import { tenderPolicies } from './policies/tenders.ts';
import { publicTenderPolicies } from './policies/public-tenders.ts';
import { noticePolicies } from './policies/notices.ts';
import { conversationPolicies } from './policies/conversations.ts';
import { bidVaultPolicies } from './policies/bid-vault.ts';
import { bidSubmissionPolicies } from './policies/bid-submissions.ts';
import { bidPolicies } from './policies/bids.ts';
import { evaluationReceivedAnswerPolicies } from './policies/evaluation-received-answers.ts';
import { evaluationScoringPolicies } from './policies/evaluation-scoring.ts';
import { evaluationResultPolicies } from './policies/evaluation-results.ts';
import { evaluationStagePolicies } from './policies/evaluation-stages.ts';

/**
 * How the caller relates to the object an operation acts on:
 *
 * - `public`: no relation needed; the object is public in the grant's states (a published
 *   tender's notice). Outside those states the object is invisible (404), not forbidden. The
 *   administration rows grant it to administrators, who administer the whole instance
 *   (`policies/administration.ts`, ADR 0013): for them, another organisation's object is in reach.
 * - `sameOrg`: the caller belongs to the authority that owns the object.
 * - `ownVendor`: the object belongs to the caller's vendor organisation (its bid, its
 *   self-assessment, its receipts).
 * - `assignedOfficer`, `assignedEvaluator`, `assignedReviewer`: the caller is assigned to the
 *   object's tender in that capacity (and belongs to its authority).
 * - `assignedOpener`: the caller is an opening officer or deputy of the object's tender
 *   (§ 55 VgV), and belongs to its authority.
 * - `assignedBreakGlass`: the caller is an officer of the object's tender who holds a share of
 *   the officers' break-glass split, while a break-glass opening session of it is open.
 * - `reviewLead`, `reviewMember`: the caller leads, or takes part in (the lead included), the
 *   options review the object belongs to (and belongs to its authority). Such an object is
 *   invisible to everybody else, colleagues of the same authority included (ADR 0024).
 * - `registryReader`: the object is published in the vendor self-assessment registry and the
 *   caller belongs to an authority that may read it: any authority, or, for confidential evidence
 *   (§ 41 (3) VgV), an authority the vendor granted access to (ADR 0032). Drafts, and confidential
 *   evidence without a grant, are invisible (404) to authorities.
 */
export const relations = [
  'public',
  'sameOrg',
  'ownVendor',
  'assignedOfficer',
  'assignedEvaluator',
  'assignedReviewer',
  'assignedOpener',
  'assignedBreakGlass',
  'reviewLead',
  'reviewMember',
  'registryReader',
] as const;
export type Relation = (typeof relations)[number];

/**
 * Who a grant admits. `anonymous` admits every caller, signed in or not: signing in never takes
 * away what the public may do. A grant to `operator` admits commands and jobs run on the
 * server (never an HTTP request; see `OperatorPrincipal`). A role admits signed-in users with that role; an API key grant
 * admits vendor API keys that carry the scope.
 */
export type Grantee = 'anonymous' | 'operator' | Role | { apiKeyScope: ApiKeyScope };

/** A state of the object an operation acts on: its tender's, or its options review's. */
export type ObjectState = TenderState | OptionsReviewStatus;

export interface Grant {
  to: Grantee;
  relation: Relation;
  /**
   * States in which the grant holds, of the object's tender or options review; all states when
   * omitted. Only meaningful for operations on an object (`object` is not null).
   */
  states?: readonly ObjectState[];
}

/** What the policy table says about one operation. */
export interface OperationPolicy {
  /**
   * The kind of object the operation acts on (named by the request, looked up by the domain
   * verb, which passes it to `authorize`), or null for operations without one.
   */
  object:
    | null
    | 'tender'
    | 'bid'
    | 'organisation'
    | 'user'
    | 'apiKey'
    | 'optionsReview'
    | 'vendorService'
    | 'selfAssessmentVersion'
    | 'evidenceDocument';
  /**
   * Whether a user whose role requires a second factor may call it from a session that has not
   * passed it yet (the step from password to TOTP, TOTP enrolment). Grants to `anonymous` are
   * unaffected: what the public may do, a half-signed-in user may do too.
   */
  beforeMfa: boolean;
  /** Any grant that admits the caller, holds for the object and allows its state suffices. */
  grants: readonly Grant[];
}

/** Public and stateless: anybody, signed in or not, with or without a second factor. */
const everyone: readonly Grant[] = [{ to: 'anonymous', relation: 'public' }];

/**
 * THE policy table: every operation of the API, by its OpenAPI `operationId`, and every verb
 * only the operator runs from the server (e.g. `loadCatalogue`), by a name of the same kind;
 * nothing else decides who may call it. A route whose operationId has no row here cannot be registered
 * (`createRouter`), and the application refuses to start with one (`createApp`).
 *
 * Keep rows in the order of the resources in `routes/index.ts`. Reading a row: each grant says
 * "this kind of caller, related to the object like this, while the tender is in these states".
 */
export const policyTable = {
  // system
  getHealth: { object: null, beforeMfa: false, grants: everyone },

  // analysis: stateless what-if computations on data the caller sends; nothing is stored, so
  // they are public like a calculator (DESIGN.md: the assistant works before signing in).
  evaluateBids: { object: null, beforeMfa: false, grants: everyone },
  previewPriceFormulas: { object: null, beforeMfa: false, grants: everyone },
  analyseSensitivity: { object: null, beforeMfa: false, grants: everyone },
  weighByAhp: { object: null, beforeMfa: false, grants: everyone },
  weighBySwing: { object: null, beforeMfa: false, grants: everyone },
  weighByRankOrder: { object: null, beforeMfa: false, grants: everyone },
  weighByDirectPoints: { object: null, beforeMfa: false, grants: everyone },
  simulateRobustness: { object: null, beforeMfa: false, grants: everyone },

  // accounts: signing in, the second factor, one's own sessions and password
  ...accountPolicies,
  // first run: the setup link that creates the first administrator
  ...setupPolicies,
  // administration: organisations, users, vendor API keys
  ...administrationPolicies,
  // demo data: fictional organisations and people, for trying the product out
  ...demoPolicies,
  // catalogue: public reference data, recommendations and legal-exposure answers
  ...cataloguePolicies,
  // options reviews: visible to their lead and members only
  ...optionsReviewPolicies,
  // vendors: their own profile, services, self-assessments, evidence and grants
  ...vendorPolicies,
  // registry: authorities read what vendors published
  ...registryPolicies,
  // tenders: the authority's procedure, visible to its team
  ...tenderPolicies,
  // published tenders: free and open to all; vendors follow them and ask questions
  ...publicTenderPolicies,
  // notices: what reaches an organisation or its users, in-app and through the API
  ...noticePolicies,
  // conversations: the assistant's dialogues, each its user's own
  ...conversationPolicies,
  ...bidVaultPolicies,
  ...bidSubmissionPolicies,
  // bids: imported from the platform's export, or opened from the vault
  ...bidPolicies,
  ...evaluationReceivedAnswerPolicies,
  ...evaluationScoringPolicies,
  ...evaluationResultPolicies,
  ...evaluationStagePolicies,
} as const satisfies Record<string, OperationPolicy>;

export type OperationId = keyof typeof policyTable;

/** The roles whose users must pass the second factor before reaching most operations. */
export { mfaRequiredRoles } from '../../domain/accounts/second-factor.ts';

/** A table of policies shaped like {@link policyTable} (tests build their own routes with one). */
export type PolicyTable = Readonly<Record<string, OperationPolicy>>;

/** The row of an operation, or undefined when the table has none. */
export function policyOf(
  operationId: string,
  table: PolicyTable = policyTable,
): OperationPolicy | undefined {
  return Object.hasOwn(table, operationId) ? table[operationId] : undefined;
}

/** Whether every caller may call the operation (a grant to `anonymous` on an object-less operation). */
export function isPublicOperation(policy: OperationPolicy): boolean {
  return policy.object === null && policy.grants.some((grant) => grant.to === 'anonymous');
}

/**
 * The OpenAPI `security` requirement of an operation, derived from its row: the session cookie
 * and/or the vendor API key, whichever its grants admit; an empty requirement (`{}`) first when
 * anonymous callers are admitted too, and no requirement at all when only the public grant exists.
 */
export function securityOf(policy: OperationPolicy): Record<string, string[]>[] {
  const security: Record<string, string[]>[] = [];
  const signedIn = (grant: Grant) =>
    typeof grant.to === 'string' && grant.to !== 'anonymous' && grant.to !== 'operator';
  if (policy.grants.some(signedIn)) {
    security.push({ session: [] });
  }
  // Bearer schemes carry no OpenAPI scopes; the operation's description names the scope.
  if (policy.grants.some((grant) => typeof grant.to === 'object')) {
    security.push({ vendorApiKey: [] });
  }
  if (!policy.grants.some((grant) => grant.to === 'anonymous')) return security;
  return security.length === 0 ? [] : [{}, ...security];
}
