import { sql, type Kysely } from 'kysely';

/**
 * The one-time setup link of an installation without an administrator (ADR 0022). The server
 * issues a token on start and keeps only its SHA-256 here, so that any process on the same
 * database can check and consume it. A start replaces an unused token (the old row is deleted);
 * creating the first administrator, with the link or with `admin:create`, uses it up. At most one
 * token is open at a time, which the partial unique index holds even for processes starting
 * together.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('setup_token')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    // The administrator the link created; null while open, and when another way made one.
    .addColumn('administrator_id', 'uuid')
    .addPrimaryKeyConstraint('setup_token_pkey', ['id'])
    .addUniqueConstraint('setup_token_token_hash_key', ['token_hash'])
    .addForeignKeyConstraint(
      'setup_token_administrator_id_fkey',
      ['administrator_id'],
      'app_user',
      ['id'],
      (fk) => fk.onDelete('set null'),
    )
    .addCheckConstraint('setup_token_token_hash_check', sql`octet_length(token_hash) = 32`)
    .addCheckConstraint(
      'setup_token_administrator_check',
      sql`administrator_id is null or used_at is not null`,
    )
    .execute();
  await db.schema
    .createIndex('setup_token_one_open_key')
    .on('setup_token')
    .unique()
    .expression(sql`(true)`)
    .where(sql.ref('used_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('setup_token').execute();
}
