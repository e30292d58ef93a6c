import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../src/db/types.ts';

/**
 * Every row of the catalogue tables, in a stable order, plus the audit log's length: two equal
 * dumps mean a load changed nothing, not even a timestamp.
 */
export async function dumpCatalogue(db: Kysely<DB>) {
  const rows = async (table: string) =>
    (await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by id`.execute(db))
      .rows;
  return {
    files: await rows('catalogue_file'),
    entries: await rows('catalogue_entry'),
    templates: await rows('evaluation_template'),
    rules: await rows('catalogue_rule'),
    auditEntries: (await db.selectFrom('audit_entry').select('seq').execute()).length,
  };
}
