import type { Kysely, Transaction } from 'kysely';

/**
 * Runs `work` in a transaction, or in the caller's transaction when `db` already is one, so that
 * domain verbs compose: the outer verb's transaction commits or rolls back everything.
 */
export async function withTransaction<DB, T>(
  db: Kysely<DB>,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<DB>);
  return db.transaction().execute(work);
}
