import type { Kysely, Transaction } from 'kysely';
import { appendAuditEntry, recordRefusedAttempt } from '../security/audit/append.ts';
import { auditStateHash, type AuthAuditAction } from '../security/audit/entry.ts';
import type { DB } from '../db/types.ts';
import type { Organisation } from '../db/repositories/organisations.ts';
import type { User } from '../db/repositories/users.ts';
import { DomainError, ValidationError } from '../domain/errors.ts';
import { auditActorOf } from '../security/access/principal.ts';
import type { ServiceContext } from './context.ts';

/** An object of the accounts area as the audit log names it: type and id, nothing else. */
export interface AuditObject {
  type: 'organisation' | 'user' | 'invitation' | 'api_key' | 'setup_token';
  id: string;
}

export interface AccountsAuditEntry {
  action: AuthAuditAction;
  /** Null for what has no object we may name (a login with an unknown e-mail address). */
  object: AuditObject | null;
  /** Overrides the context's actor, e.g. the user who logs in (the request is anonymous). */
  actor?: { type: string; id: string } | null;
  before?: unknown;
  after?: unknown;
}

/** What before/after hashes of a user cover: the state an administrator can change. */
export function userState(user: User): Record<string, unknown> {
  return {
    id: user.id,
    organisationId: user.organisation_id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    passwordChangedAt: user.password_changed_at?.toISOString() ?? null,
    disabledAt: user.disabled_at?.toISOString() ?? null,
  };
}

/** What before/after hashes of an organisation cover. */
export function organisationState(organisation: Organisation): Record<string, unknown> {
  return {
    id: organisation.id,
    kind: organisation.kind,
    name: organisation.name,
    disabledAt: organisation.disabled_at?.toISOString() ?? null,
  };
}

/** Writes a succeeded entry in the transaction that makes the change. */
export async function auditSucceeded(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: AccountsAuditEntry,
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, toInput(ctx, entry, 'succeeded'));
  logEvent(ctx, entry, 'succeeded');
}

/**
 * Records a refused attempt after its transaction rolled back, in a transaction of its own. When
 * the verb runs inside a caller's transaction, that transaction rolls back with the refusal, so
 * the caller records it (an entry written here would roll back too): it is only logged.
 */
export async function auditRefused(
  ctx: ServiceContext,
  entry: AccountsAuditEntry,
  outcome: 'refused' | 'failed' = 'refused',
): Promise<void> {
  logEvent(ctx, entry, outcome);
  if (ctx.db.isTransaction) return;
  await recordRefusedAttempt(ctx.db as Kysely<DB>, ctx.clock, toInput(ctx, entry, outcome));
}

/**
 * Runs `work`; when it throws a refusal (permission, missing object, conflicting state) or fails
 * unexpectedly, records the attempt and rethrows. Invalid input is not an attempt worth an entry:
 * nothing was tried. A failure to record never hides the original error.
 */
export async function recordingRefusals<T>(
  ctx: ServiceContext,
  entry: AccountsAuditEntry | (() => AccountsAuditEntry),
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError)) {
      const outcome = error instanceof DomainError ? 'refused' : 'failed';
      try {
        await auditRefused(ctx, typeof entry === 'function' ? entry() : entry, outcome);
      } catch (recordError) {
        ctx.logger.error({ err: recordError }, 'could not record a refused attempt');
      }
    }
    throw error;
  }
}

export { auditStateHash };

const nameableId = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

function toInput<O extends 'succeeded' | 'refused' | 'failed'>(
  ctx: ServiceContext,
  entry: AccountsAuditEntry,
  outcome: O,
) {
  return {
    actor: entry.actor === undefined ? auditActorOf(ctx.principal) : entry.actor,
    action: entry.action,
    // An id the caller made up (a malformed path parameter) is not worth recording as given.
    object: entry.object !== null && nameableId.test(entry.object.id) ? entry.object : null,
    outcome,
    requestId: ctx.requestId ?? null,
    beforeHash: entry.before === undefined ? null : auditStateHash(entry.before),
    afterHash: entry.after === undefined ? null : auditStateHash(entry.after),
  };
}

function logEvent(
  ctx: ServiceContext,
  entry: AccountsAuditEntry,
  outcome: 'succeeded' | 'refused' | 'failed',
): void {
  const logger = ctx.logger;
  const fields = {
    event: entry.action,
    outcome,
    actor: entry.actor === undefined ? auditActorOf(ctx.principal) : entry.actor,
    object: entry.object,
    requestId: ctx.requestId,
  };
  if (outcome === 'succeeded') logger.info(fields, entry.action);
  else logger.warn(fields, entry.action);
}
