import { sql, type Kysely } from 'kysely';

/**
 * The audit log read by object: a tender's record (Vergabeakte) is its entries in the log's
 * order, read page by page. Without the index every page would scan the whole log.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index audit_entry_object_idx on audit_entry (object_type, object_id, seq)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_entry_object_idx`.execute(db);
}
