import type { Kysely, Transaction } from 'kysely';
import { recordRefusedAttempt } from '../audit/index.ts';
import type { Clock } from '../../clock.ts';
import type { DB } from '../../db/types.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../domain/errors.ts';
import {
  mfaRequiredRoles,
  policyOf,
  policyTable,
  type Grant,
  type OperationPolicy,
  type PolicyTable,
  type Relation,
} from './policy.ts';
import { auditActorOf, type Principal } from './principal.ts';
import type { OptionsReviewStatus } from '../../domain/options-reviews/review-lifecycle.ts';
import type { TenderState } from '../../domain/tenders/tender-lifecycle.ts';

/** What `authorize` needs to know about the object an operation acts on. */
export interface AccessObject {
  type: string;
  id: string;
  /** The authority the object belongs to (for a bid: the tender's authority). */
  organisationId: string;
  /** The vendor organisation the object belongs to (a bid, a self-assessment), if any. */
  vendorOrganisationId?: string | null;
  /** The state of the object's tender; required for objects that belong to a tender. */
  tenderState?: TenderState;
  /** User ids assigned to the object's tender, by capacity. */
  assigned?: {
    officers?: readonly string[];
    evaluators?: readonly string[];
    reviewers?: readonly string[];
    /** Opening officers and their deputies (§ 55 VgV). */
    openers?: readonly string[];
    /** Officers with a break-glass share, while a break-glass opening session is open. */
    breakGlass?: readonly string[];
  };
  /** The status of the object's options review; required for objects that belong to one. */
  reviewStatus?: OptionsReviewStatus;
  /**
   * Who takes part in the object's options review. Only they know such an object exists: for
   * anybody else it is not found, colleagues of the same authority included.
   */
  review?: { leadUserId: string; memberUserIds: readonly string[] };
  /**
   * For objects of the self-assessment registry (a vendor's service, version, evidence): whether
   * authorities may read it. `published`: the object is, or belongs to, a published version.
   * `confidential`: evidence only the vendor and the authorities it granted may read, listed in
   * `grantedAuthorityIds`.
   */
  registry?: {
    published: boolean;
    confidential: boolean;
    grantedAuthorityIds: readonly string[];
  };
}

export type Refusal = 'unauthenticated' | 'mfaRequired' | 'forbidden' | 'notFound' | 'conflict';
export type AccessDecision = { allowed: true } | { allowed: false; refusal: Refusal };

export interface DecideInput {
  principal: Principal;
  operationId: string;
  /**
   * The object the request named, as the domain verb found it. Omitted on operations without an
   * object, and at the route, before the verb has looked the object up: then only the caller's
   * kind, role, scope and second factor are checked.
   */
  object?: AccessObject;
  /** For tests of the rules themselves; the application always uses the one table. */
  table?: PolicyTable;
}

export interface AuthorizeInput extends Omit<DecideInput, 'principal'> {
  /**
   * Records a refusal in the verb's own words (the account verbs' `auth.*` actions, naming the
   * object they act on) instead of the generic `access.operation.refused`: one entry per refused
   * attempt either way. Called under the same rule: never for anonymous callers.
   */
  onRefused?: () => Promise<void>;
}

/**
 * The policy table's answer for one request; pure. Order of the checks, and what each refusal
 * reveals:
 *
 * 1. No grant admits the caller: `unauthenticated` (401) for anonymous callers, else `forbidden`.
 * 2. The session has not passed a second factor that the caller's role requires or the caller set
 *    up, and the operation is not marked `beforeMfa`: `mfaRequired` (401: the sign-in is not
 *    complete).
 * 3. With an object: no admitting grant's relation holds. `forbidden` if the caller knows the
 *    object exists (its organisation owns it; for an object of an options review: the caller
 *    takes part in the review), otherwise `notFound`: another organisation's object is
 *    indistinguishable from a missing one. A `public` relation holds only in the grant's states,
 *    so a draft is invisible, not forbidden.
 * 4. A relation holds but the object's state (of its tender or review) is not among the grant's
 *    states: `conflict` (409).
 */
export function decide({ principal, operationId, object, table }: DecideInput): AccessDecision {
  const policy = requirePolicy(operationId, table);
  if (object !== undefined && policy.object === null) {
    throw new Error(`Operation ${operationId} acts on no object, but was given one`);
  }
  let admitting = policy.grants.filter((grant) => admits(grant, principal));
  if (admitting.length === 0) {
    return refuse(principal.kind === 'anonymous' ? 'unauthenticated' : 'forbidden');
  }
  if (needsSecondFactor(principal) && !policy.beforeMfa) {
    admitting = admitting.filter((grant) => grant.to === 'anonymous');
    if (admitting.length === 0) return refuse('mfaRequired');
  }
  if (object === undefined) return { allowed: true };

  const related = admitting.filter((grant) => relationHolds(grant, principal, object));
  if (related.length === 0)
    return refuse(knowsObject(principal, object) ? 'forbidden' : 'notFound');
  if (!related.some((grant) => stateAllowed(grant, object))) return refuse('conflict');
  return { allowed: true };
}

export interface AccessContext {
  principal: Principal;
  /**
   * The database, or the caller's transaction. A refusal is recorded in a transaction of its
   * own; inside a caller's transaction it would roll back with the caller's work, so there the
   * caller, which sees the error, records it.
   */
  db: Kysely<DB> | Transaction<DB>;
  clock: Clock;
  requestId: string | null;
}

/**
 * The permission check every domain verb (and, before validation, every route) runs first:
 *
 * ```ts
 * export async function getTender({ ctx, input }) {
 *   const tender = await findTender(ctx.db, input.tenderId);
 *   if (tender === undefined) throw new NotFoundError('The tender does not exist.');
 *   await authorize(ctx, { operationId: 'getTender', object: accessObjectOf(tender) });
 *   …
 * }
 * ```
 *
 * Throws the domain error for a refusal; refusals of signed-in callers and API keys are recorded
 * in the audit log as `access.operation.refused` (anonymous ones are not: the public must not be
 * able to make the server write).
 */
export async function authorize(
  ctx: AccessContext,
  { operationId, object, table, onRefused }: AuthorizeInput,
): Promise<void> {
  const decision = decide({ principal: ctx.principal, operationId, object, table });
  if (decision.allowed) return;
  const actor = auditActorOf(ctx.principal);
  if (actor !== null && onRefused !== undefined) {
    await onRefused();
  } else if (actor !== null && !ctx.db.isTransaction) {
    await recordRefusedAttempt(ctx.db as Kysely<DB>, ctx.clock, {
      actor,
      action: 'access.operation.refused',
      // The object the request named; for object-less operations the operation itself.
      object:
        object !== undefined
          ? { type: auditKind(object.type), id: object.id }
          : { type: 'operation', id: operationId },
      outcome: 'refused',
      requestId: ctx.requestId,
    });
  }
  throw refusalError(decision.refusal, object);
}

/** The domain error a refusal is thrown as; its message is shown to the caller. */
export function refusalError(refusal: Refusal, object?: AccessObject): Error {
  switch (refusal) {
    case 'unauthenticated':
      return new UnauthenticatedError('Please sign in or send a valid API key.');
    case 'mfaRequired':
      return new UnauthenticatedError('Please complete the sign-in with your second factor.');
    case 'forbidden':
      return new ForbiddenError('You may not perform this action.');
    case 'notFound':
      return new NotFoundError('Nothing exists at this address.');
    case 'conflict':
      return new ConflictError(
        object?.reviewStatus !== undefined
          ? `This action is not possible while the options review is ${object.reviewStatus}.`
          : 'This action is not possible in the current state of the tender.',
      );
  }
}

export function requirePolicy(
  operationId: string,
  table: PolicyTable = policyTable,
): OperationPolicy {
  const policy = policyOf(operationId, table);
  if (policy === undefined) {
    throw new Error(
      `Operation ${operationId} has no row in the policy table (api/src/security/access/policy.ts)`,
    );
  }
  return policy;
}

function admits(grant: Grant, principal: Principal): boolean {
  if (grant.to === 'anonymous') return true;
  if (grant.to === 'operator') return principal.kind === 'operator';
  if (typeof grant.to === 'object') {
    return principal.kind === 'apiKey' && principal.scopes.includes(grant.to.apiKeyScope);
  }
  return principal.kind === 'user' && principal.role === grant.to;
}

/** The sign-in owes a second factor: set up by the user, or required by the role. */
function needsSecondFactor(principal: Principal): boolean {
  return (
    principal.kind === 'user' &&
    !principal.mfaVerified &&
    (principal.secondFactorPending || mfaRequiredRoles.includes(principal.role))
  );
}

function relationHolds(grant: Grant, principal: Principal, object: AccessObject): boolean {
  const relation: Relation = grant.relation;
  if (relation === 'public') return stateAllowed(grant, object);
  if (principal.kind === 'anonymous' || principal.kind === 'operator') return false;
  const organisationId = principal.organisationId;
  switch (relation) {
    case 'sameOrg':
      return object.organisationId === organisationId;
    case 'ownVendor':
      return object.vendorOrganisationId != null && object.vendorOrganisationId === organisationId;
    case 'assignedOfficer':
      return assignedAs(principal, object, object.assigned?.officers);
    case 'assignedEvaluator':
      return assignedAs(principal, object, object.assigned?.evaluators);
    case 'assignedReviewer':
      return assignedAs(principal, object, object.assigned?.reviewers);
    case 'assignedOpener':
      return assignedAs(principal, object, object.assigned?.openers);
    case 'assignedBreakGlass':
      return assignedAs(principal, object, object.assigned?.breakGlass);
    case 'reviewLead':
      return takesPartAs(principal, object, (review) => [review.leadUserId]);
    case 'reviewMember':
      return takesPartAs(principal, object, (review) => review.memberUserIds);
    case 'registryReader':
      return readsRegistry(principal, object);
  }
}

/**
 * An authority's user reads a published registry object; confidential evidence only with the
 * vendor's grant to the user's authority. Vendors read their own through `ownVendor`, never
 * another vendor's: the grants name users of authorities alone.
 */
function readsRegistry(principal: Principal, object: AccessObject): boolean {
  const registry = object.registry;
  if (registry === undefined || !registry.published || principal.kind !== 'user') return false;
  if (principal.role === 'vendor') return false;
  return !registry.confidential || registry.grantedAuthorityIds.includes(principal.organisationId);
}

function takesPartAs(
  principal: Principal,
  object: AccessObject,
  userIdsOf: (review: NonNullable<AccessObject['review']>) => readonly string[],
): boolean {
  return (
    object.review !== undefined &&
    principal.kind === 'user' &&
    principal.organisationId === object.organisationId &&
    userIdsOf(object.review).includes(principal.userId)
  );
}

function assignedAs(
  principal: Principal,
  object: AccessObject,
  userIds: readonly string[] | undefined,
): boolean {
  return (
    principal.kind === 'user' &&
    principal.organisationId === object.organisationId &&
    (userIds ?? []).includes(principal.userId)
  );
}

function stateAllowed(grant: Grant, object: AccessObject): boolean {
  if (grant.states === undefined) return true;
  const state = object.tenderState ?? object.reviewStatus;
  return state !== undefined && grant.states.includes(state);
}

/**
 * Whether the caller knows the object exists, so a refusal may say "forbidden" rather than "not
 * found": its organisation owns the object, or, for an object of an options review, the caller
 * takes part in the review, or, for an object of a tender, the caller is on its team.
 */
function knowsObject(principal: Principal, object: AccessObject): boolean {
  if (principal.kind === 'anonymous' || principal.kind === 'operator') return false;
  if (object.review !== undefined) {
    return takesPartAs(principal, object, (review) => review.memberUserIds);
  }
  if (object.assigned !== undefined && principal.organisationId === object.organisationId) {
    // A tender is its team's (ADR 0038): to a colleague off the team it does not exist.
    const { officers = [], evaluators = [], reviewers = [] } = object.assigned;
    return (
      principal.kind === 'user' &&
      [...officers, ...evaluators, ...reviewers].includes(principal.userId)
    );
  }
  return (
    object.organisationId === principal.organisationId ||
    (object.vendorOrganisationId != null &&
      object.vendorOrganisationId === principal.organisationId)
  );
}

/** Audit kinds are lower-case snake case. */
function auditKind(type: string): string {
  return type.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function refuse(refusal: Refusal): AccessDecision {
  return { allowed: false, refusal };
}
