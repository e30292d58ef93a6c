import { sql, type Kysely } from 'kysely';

/**
 * The reference data loaded from `seed/`: catalogue, template and rule files with their
 * versions, catalogue entries, evaluation templates and rules. Every item is stored as the RFC
 * 8785 canonical JSON of its validated document with that text's SHA-256, so a reload compares
 * hashes and changes only what changed. Documents are text, not jsonb: jsonb would reorder keys
 * and rewrite numbers, and the hash must match the bytes.
 *
 * The tables hold public reference data and no personal data; on PostgreSQL the application role
 * needs the usual select, insert, update and delete (README, "Database roles"), because loading
 * runs in the server through the admin socket.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalogue_file')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('version', 'text', (col) => col.notNull())
    // The file without its items: title, description, changelog.
    .addColumn('header', 'text', (col) => col.notNull())
    // Over the header and every item's hash, so any change to the file changes it.
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('loaded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('catalogue_file_pkey', ['id'])
    .addCheckConstraint(
      'catalogue_file_kind_check',
      sql`kind in ('catalogue', 'template', 'recommendationRules', 'legalExposureRules')`,
    )
    .addCheckConstraint('catalogue_file_version_check', sql`version ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$'`)
    .addCheckConstraint('catalogue_file_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();

  await db.schema
    .createTable('catalogue_entry')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('file_id', 'text', (col) => col.notNull())
    // Order within the file, so lists come back as the file has them.
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('verified', 'boolean', (col) => col.notNull())
    .addColumn('document', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('catalogue_entry_pkey', ['id'])
    .addForeignKeyConstraint(
      'catalogue_entry_file_id_fkey',
      ['file_id'],
      'catalogue_file',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('catalogue_entry_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint('catalogue_entry_position_check', sql`position >= 0`)
    .execute();
  await db.schema
    .createIndex('catalogue_entry_file_id_idx')
    .on('catalogue_entry')
    .columns(['file_id', 'position'])
    .execute();

  await db.schema
    .createTable('evaluation_template')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('file_id', 'text', (col) => col.notNull())
    .addColumn('document', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('evaluation_template_pkey', ['id'])
    .addForeignKeyConstraint(
      'evaluation_template_file_id_fkey',
      ['file_id'],
      'catalogue_file',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('evaluation_template_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();

  await db.schema
    .createTable('catalogue_rule')
    .addColumn('id', 'text', (col) => col.notNull())
    .addColumn('file_id', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('document', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('catalogue_rule_pkey', ['id'])
    .addForeignKeyConstraint(
      'catalogue_rule_file_id_fkey',
      ['file_id'],
      'catalogue_file',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('catalogue_rule_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint('catalogue_rule_position_check', sql`position >= 0`)
    .execute();
  await db.schema
    .createIndex('catalogue_rule_file_id_idx')
    .on('catalogue_rule')
    .columns(['file_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'catalogue_rule',
    'evaluation_template',
    'catalogue_entry',
    'catalogue_file',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
