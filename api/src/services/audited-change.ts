import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.ts';
import { DomainError, ValidationError } from '../domain/errors.ts';
import { auditActorOf } from '../security/access/principal.ts';
import { appendAuditEntry, recordRefusedAttempt } from '../security/audit/append.ts';
import { auditStateHash } from '../security/audit/entry.ts';
import type { ServiceContext } from './context.ts';

/**
 * One audit entry of a change to an area's objects: the action (a refused attempt keeps its
 * name), the object (null when the change was refused before the object existed), and the states
 * before and after, of which the log keeps hashes.
 */
export interface ChangeAuditEntry<
  Action extends string = string,
  ObjectType extends string = string,
> {
  action: Action;
  object: { type: ObjectType; id: string } | null;
  before?: unknown;
  after?: unknown;
}

/** Writes a succeeded entry in the transaction that makes the change. */
export async function auditChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: ChangeAuditEntry,
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, toInput(ctx, entry, 'succeeded'));
}

/**
 * Writes a refused entry in a transaction of the caller's: for a verb that ran inside the
 * caller's transaction, which rolled back, and whose refusal the caller records itself.
 */
export async function auditRefusal(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: ChangeAuditEntry,
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, toInput(ctx, entry, 'refused'));
}

/**
 * Runs `work`; when it throws a refusal (a missing object, a conflicting state or version) or
 * fails unexpectedly, records the attempt in a transaction of its own and rethrows. Invalid input
 * is not recorded: nothing was tried. Inside a caller's transaction the entry would roll back
 * with the work, so there the caller records it.
 */
export async function recordingRefusals<T>(
  ctx: ServiceContext,
  entry: ChangeAuditEntry,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError) && !ctx.db.isTransaction) {
      const outcome = error instanceof DomainError ? 'refused' : 'failed';
      try {
        await recordRefusedAttempt(ctx.db as Kysely<DB>, ctx.clock, toInput(ctx, entry, outcome));
      } catch (recordError) {
        ctx.logger.error({ err: recordError }, 'could not record a refused attempt');
      }
    }
    throw error;
  }
}

// What the audit log accepts as an id; a verb called directly may be given anything.
const nameableId = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

function toInput<O extends 'succeeded' | 'refused' | 'failed'>(
  ctx: ServiceContext,
  entry: ChangeAuditEntry,
  outcome: O,
) {
  return {
    actor: auditActorOf(ctx.principal),
    action: entry.action,
    object: entry.object !== null && nameableId.test(entry.object.id) ? entry.object : null,
    outcome,
    requestId: ctx.requestId ?? null,
    beforeHash: entry.before === undefined ? null : auditStateHash(entry.before),
    afterHash: entry.after === undefined ? null : auditStateHash(entry.after),
  };
}
