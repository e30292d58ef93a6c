import { sql, type Kysely } from 'kysely';

/**
 * The hash-chained audit log: append-only entries and the one chain-head row that every append
 * locks. Triggers refuse UPDATE, DELETE and TRUNCATE on entries even for the table's owner, and
 * the head may only advance by one to an entry that exists. A superuser can still disable
 * triggers; `npm run audit:verify -- --head <seq:hash>` detects what such a person changes.
 *
 * No trigger checks INSERTs against the head: pg_restore loads the head's row before the entries
 * (tables in name order), and COPY fires insert triggers. An entry written without advancing the
 * head is reported by the verifier.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_entry')
    .addColumn('seq', 'int8', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('actor_type', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('request_id', 'text')
    .addColumn('before_hash', 'text')
    .addColumn('after_hash', 'text')
    .addColumn('previous_hash', 'text', (col) => col.notNull())
    .addColumn('hash', 'text', (col) => col.notNull())
    // The exact bytes that were hashed; jsonb would reorder keys and rewrite numbers.
    .addColumn('canonical', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('audit_entry_pkey', ['seq'])
    .addCheckConstraint('audit_entry_seq_check', sql`seq >= 1`)
    .addCheckConstraint('audit_entry_actor_check', sql`(actor_type is null) = (actor_id is null)`)
    .addCheckConstraint(
      'audit_entry_object_check',
      sql`(object_type is null) = (object_id is null)`,
    )
    .addCheckConstraint(
      'audit_entry_outcome_check',
      sql`outcome in ('succeeded', 'refused', 'failed')`,
    )
    .addCheckConstraint(
      'audit_entry_hashes_check',
      sql`hash ~ '^[0-9a-f]{64}$' and previous_hash ~ '^[0-9a-f]{64}$'
        and (before_hash is null or before_hash ~ '^[0-9a-f]{64}$')
        and (after_hash is null or after_hash ~ '^[0-9a-f]{64}$')`,
    )
    .execute();

  await db.schema
    .createTable('audit_chain_head')
    .addColumn('singleton', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('last_seq', 'int8', (col) => col.notNull())
    .addColumn('last_hash', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('audit_chain_head_pkey', ['singleton'])
    .addCheckConstraint('audit_chain_head_singleton_check', sql`singleton = 1`)
    .addCheckConstraint('audit_chain_head_last_seq_check', sql`last_seq >= 0`)
    .addCheckConstraint('audit_chain_head_last_hash_check', sql`last_hash ~ '^[0-9a-f]{64}$'`)
    .execute();
  // The empty chain: sequence 0 and the genesis hash, 64 zeros.
  await db
    .insertInto('audit_chain_head')
    .values({ singleton: 1, last_seq: 0, last_hash: '0'.repeat(64) })
    .execute();

  await sql`
    create function audit_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);

  await sql`
    create function audit_chain_head_check_advance() returns trigger language plpgsql as $$
    begin
      if new.singleton <> old.singleton or new.last_seq <> old.last_seq + 1 or not exists (
        select 1 from audit_entry
        where seq = new.last_seq and hash = new.last_hash and previous_hash = old.last_hash
      ) then
        raise exception 'the audit chain head may only advance to the next appended entry'
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);

  for (const statement of [
    sql`create trigger audit_entry_refuse_update before update on audit_entry
      for each row execute function audit_refuse_change()`,
    sql`create trigger audit_entry_refuse_delete before delete on audit_entry
      for each row execute function audit_refuse_change()`,
    // TRUNCATE skips row triggers; only a statement-level trigger sees it.
    sql`create trigger audit_entry_refuse_truncate before truncate on audit_entry
      for each statement execute function audit_refuse_change()`,
    sql`create trigger audit_chain_head_check_advance before update on audit_chain_head
      for each row execute function audit_chain_head_check_advance()`,
    sql`create trigger audit_chain_head_refuse_delete before delete on audit_chain_head
      for each row execute function audit_refuse_change()`,
    sql`create trigger audit_chain_head_refuse_truncate before truncate on audit_chain_head
      for each statement execute function audit_refuse_change()`,
  ]) {
    await statement.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_chain_head').execute();
  await db.schema.dropTable('audit_entry').execute();
  await sql`drop function audit_chain_head_check_advance()`.execute(db);
  await sql`drop function audit_refuse_change()`.execute(db);
}
