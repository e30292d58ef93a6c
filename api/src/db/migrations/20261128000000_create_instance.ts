import { sql, type Kysely } from 'kysely';

/** One row that names this installation, so backups and logs can tell installations apart. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instance')
    .addColumn('singleton', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('instance_pkey', ['singleton'])
    .addCheckConstraint('instance_singleton_check', sql`singleton = 1`)
    .execute();
  await db.insertInto('instance').defaultValues().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instance').execute();
}
