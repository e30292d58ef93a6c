import type { Kysely } from 'kysely';
import type { DB } from '../../../src/db/types.ts';

/** The audit entries with an action, in order. */
export function findAuditEntries(db: Kysely<DB>, action: string) {
  return db
    .selectFrom('audit_entry')
    .select(['seq', 'actor_type', 'actor_id', 'object_type', 'object_id', 'outcome'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}
