import { sql, type Kysely, type Transaction } from 'kysely';
import type { AuditEntryInput } from '../../../src/security/audit/entry.ts';
import { auditStateHash, authAuditActions } from '../../../src/security/audit/entry.ts';
import type { DB } from '../../../src/db/types.ts';
import type { Random } from '../../../src/engine/random/prng.ts';

/** A varied, plausible entry: anonymous and system actors, objects or none, hashes or none. */
export function sampleEntry(random: Random, tag: string): AuditEntryInput {
  const actor =
    random.int(4) === 0 ? null : { type: 'user', id: `user-${tag}-${random.int(1000)}` };
  const object =
    random.int(3) === 0 ? null : { type: 'tender', id: `tender-${tag}-${random.int(1000)}` };
  const withStates = object !== null && random.int(2) === 0;
  return {
    actor,
    action: authAuditActions[random.int(authAuditActions.length)]!,
    object,
    outcome: (['succeeded', 'refused', 'failed'] as const)[random.int(3)]!,
    requestId: random.int(5) === 0 ? null : `req-${tag}-${random.int(1_000_000)}`,
    beforeHash: withStates ? auditStateHash({ state: 'draft', n: random.int(100) }) : null,
    afterHash: withStates ? auditStateHash({ state: 'published', n: random.int(100) }) : null,
  };
}

const rolledBack = Symbol('rolled back');

/**
 * Runs `change` with every trigger off (as the superuser both test backends connect as), then
 * `inspect` in the same transaction, and rolls everything back: the tampering never persists.
 */
export async function whileTampered<T>(
  db: Kysely<DB>,
  change: (trx: Transaction<DB>) => Promise<unknown>,
  inspect: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  let result!: T;
  try {
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await change(trx);
      result = await inspect(trx);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return result;
}
