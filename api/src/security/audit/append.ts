import type { Kysely } from 'kysely';
import type { Clock } from '../../clock.ts';
import {
  advanceChainHead,
  insertAuditEntry,
  lockChainHead,
} from '../../db/repositories/audit-log.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { AuditEntryInput, sealAuditEntry, type AuditHead } from './entry.ts';

export interface AppendedAuditEntry extends AuditHead {
  time: Date;
}

/**
 * Appends one entry to the audit chain, inside the caller's transaction when `executor` is one
 * (otherwise in a transaction of its own). A change and its entry commit or roll back together:
 *
 * ```ts
 * await withTransaction(db, async (trx) => {
 *   const before = await findUser(trx, id);
 *   const after = await setUserRole(trx, id, role);
 *   await appendAuditEntry(trx, clock, {
 *     actor: { type: 'user', id: principal.id }, action: 'auth.role.changed',
 *     object: { type: 'user', id }, outcome: 'succeeded', requestId,
 *     beforeHash: auditStateHash(before), afterHash: auditStateHash(after),
 *   });
 * });
 * ```
 *
 * It locks the chain head until the transaction ends, so every audited write of every process
 * takes its turn there: append as the last step of a transaction, and keep such transactions
 * short. The time is read after the lock is taken, so with the database clock times never go
 * backwards along the chain. Under REPEATABLE READ or SERIALIZABLE a concurrent append makes this
 * fail with a serialization error; audited transactions run at READ COMMITTED (the default).
 *
 * Never pass secrets: see `entry.ts`. Nothing here writes to the application log.
 */
export async function appendAuditEntry(
  executor: Kysely<DB>,
  clock: Clock,
  entry: AuditEntryInput,
): Promise<AppendedAuditEntry> {
  const input = AuditEntryInput.parse(entry);
  return withTransaction<DB, AppendedAuditEntry>(executor, async (trx) => {
    const head = await lockChainHead(trx);
    const seq = head.last_seq + 1;
    const time = await clock.now<DB>(trx);
    const sealed = sealAuditEntry(input, seq, time, head.last_hash);
    await insertAuditEntry(trx, {
      seq,
      recorded_at: time,
      actor_type: input.actor?.type ?? null,
      actor_id: input.actor?.id ?? null,
      action: input.action,
      object_type: input.object?.type ?? null,
      object_id: input.object?.id ?? null,
      outcome: input.outcome,
      request_id: input.requestId,
      before_hash: input.beforeHash,
      after_hash: input.afterHash,
      previous_hash: head.last_hash,
      hash: sealed.hash,
      canonical: sealed.canonical,
    });
    await advanceChainHead(trx, seq, sealed.hash);
    return { seq, hash: sealed.hash, time };
  });
}

/** An attempt that was refused or failed; see {@link recordRefusedAttempt}. */
export type RefusedAttempt = AuditEntryInput & { outcome: 'refused' | 'failed' };

/**
 * Records a refused or failed attempt in a transaction of its own. Call it after the attempt's
 * transaction has rolled back, with the database itself rather than that transaction, so the
 * entry survives the rollback:
 *
 * ```ts
 * try {
 *   await withTransaction(db, (trx) => publishWeights(trx, …));
 * } catch (error) {
 *   if (error instanceof ForbiddenError) {
 *     await recordRefusedAttempt(db, clock, { …, action: 'tender.weights.published', outcome: 'refused' });
 *   }
 *   throw error;
 * }
 * ```
 */
export async function recordRefusedAttempt(
  db: Kysely<DB>,
  clock: Clock,
  entry: RefusedAttempt,
): Promise<AppendedAuditEntry> {
  if (db.isTransaction) {
    throw new Error(
      'recordRefusedAttempt runs in its own transaction: pass the database, not the rolled-back transaction',
    );
  }
  if (entry.outcome !== 'refused' && entry.outcome !== 'failed') {
    throw new Error('recordRefusedAttempt records refused or failed attempts only');
  }
  return appendAuditEntry(db, clock, entry);
}
