import { sql, type Kysely } from 'kysely';

/**
 * Rate-limit counters, shared by every server process on one database (api/src/security/rate-limit/).
 * One row per limit and key, updated by one atomic upsert per request (the generic cell rate
 * algorithm, GCRA): `refilled_at` is when the key's whole allowance is back, so a row whose
 * `refilled_at` has passed means the same as no row and may be deleted at any time (the index
 * serves that sweep). Keys are stored only as SHA-256, so the table lists no addresses or
 * e-mail addresses in clear.
 *
 * Privileges: the application role needs select, insert, update and delete here, which the
 * README's grant on all tables gives; nothing in this table is evidence worth protecting from it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit')
    .addColumn('limit_name', 'text', (col) => col.notNull())
    .addColumn('key_hash', 'text', (col) => col.notNull())
    .addColumn('refilled_at', 'timestamptz', (col) => col.notNull())
    // Refusals since the last allowed request: the first of a streak is audited, the rest not.
    .addColumn('refused_streak', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('rate_limit_pkey', ['limit_name', 'key_hash'])
    .addCheckConstraint(
      'rate_limit_limit_name_check',
      sql`limit_name ~ '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$' and char_length(limit_name) <= 100`,
    )
    .addCheckConstraint('rate_limit_key_hash_check', sql`key_hash ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint('rate_limit_refused_streak_check', sql`refused_streak >= 0`)
    .execute();
  await db.schema
    .createIndex('rate_limit_refilled_at_idx')
    .on('rate_limit')
    .column('refilled_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit').execute();
}
