import { sql, type Kysely } from 'kysely';

/**
 * Demo data is marked as such: organisations carry a `demo` flag, set when the demo loader creates
 * them and never changed, so that the API and the pages can say "fictional" and the loader can
 * tell demo data from real data. `demo_object` remembers which object the loader made for each
 * key of the demo files (`seed/demo/`), so that loading again creates only what is missing, and
 * later demo parts can refer to the objects of earlier ones (a review's lead officer by key).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organisation')
    .addColumn('demo', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();

  await db.schema
    .createTable('demo_object')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    // Text, so that objects with ids of any shape (UUIDs, API key ids) can be remembered.
    .addColumn('object_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('demo_object_pkey', ['kind', 'key'])
    .addUniqueConstraint('demo_object_kind_object_id_key', ['kind', 'object_id'])
    .addCheckConstraint('demo_object_kind_check', sql`kind ~ '^[a-z][a-z_]{0,62}$'`)
    .addCheckConstraint('demo_object_key_check', sql`key ~ '^[a-z][a-z0-9-]{0,62}$'`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('demo_object').execute();
  await db.schema.alterTable('organisation').dropColumn('demo').execute();
}
