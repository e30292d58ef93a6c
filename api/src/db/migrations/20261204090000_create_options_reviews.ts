import { sql, type Kysely } from 'kysely';

/**
 * Options reviews (Optionenvergleich, ADR 0024): the review of an authority, the users who take
 * part in it, its scheme versions and its options.
 *
 * - A review belongs to an authority (composite foreign key on the organisation's kind, as API
 *   keys belong to vendors). Its lead is always one of its members: a foreign key from
 *   (id, lead_user_id) to the members, checked at commit, so a review and its first member are
 *   inserted in one transaction. A concluded review names the scheme version it concluded with,
 *   which must exist, and that version's commitment.
 * - Scheme versions are numbered per review and immutable: triggers refuse UPDATE, DELETE and
 *   TRUNCATE even for the table's owner. The scheme is stored as its RFC 8785 canonical JSON,
 *   text and not jsonb, so the commitment stays the hash of the stored bytes.
 * - Options carry a version counter for optimistic concurrency and their offer as canonical
 *   JSON; names are unique per review, compared without case.
 *
 * Scores, consensus and weight sets will refer to (review_id, number) of a scheme version, to
 * options by id and to members by (review_id, user_id); nothing here needs to change for them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('options_review')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('authority'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('reference_date', 'date', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('lead_user_id', 'uuid', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('concluded_at', 'timestamptz')
    .addColumn('concluded_scheme_version', 'integer')
    .addColumn('concluded_scheme_commitment', 'text')
    .addPrimaryKeyConstraint('options_review_pkey', ['id'])
    .addForeignKeyConstraint(
      'options_review_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('options_review_lead_user_id_fkey', ['lead_user_id'], 'app_user', [
      'id',
    ])
    .addForeignKeyConstraint('options_review_created_by_fkey', ['created_by'], 'app_user', ['id'])
    .addCheckConstraint(
      'options_review_organisation_kind_check',
      sql`organisation_kind = 'authority'`,
    )
    .addCheckConstraint(
      'options_review_title_check',
      sql`char_length(btrim(title)) between 1 and 200`,
    )
    .addCheckConstraint(
      'options_review_purpose_check',
      sql`char_length(btrim(purpose)) between 1 and 4000`,
    )
    .addCheckConstraint(
      'options_review_status_check',
      sql`status in ('draft', 'inReview', 'concluded')`,
    )
    .addCheckConstraint('options_review_version_check', sql`version >= 1`)
    .addCheckConstraint(
      'options_review_conclusion_check',
      sql`(status = 'concluded') = (concluded_at is not null)
        and (concluded_at is null) = (concluded_scheme_version is null)
        and (concluded_at is null) = (concluded_scheme_commitment is null)
        and (concluded_scheme_commitment is null or concluded_scheme_commitment ~ '^[0-9a-f]{64}$')`,
    )
    .execute();
  await db.schema
    .createIndex('options_review_organisation_id_idx')
    .on('options_review')
    .column('organisation_id')
    .execute();
  await db.schema
    .createIndex('options_review_created_at_idx')
    .on('options_review')
    .columns(['created_at', 'id'])
    .execute();

  await db.schema
    .createTable('options_review_member')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('added_by', 'uuid', (col) => col.notNull())
    .addColumn('added_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_member_pkey', ['review_id', 'user_id'])
    .addForeignKeyConstraint(
      'options_review_member_review_id_fkey',
      ['review_id'],
      'options_review',
      ['id'],
    )
    .addForeignKeyConstraint('options_review_member_user_id_fkey', ['user_id'], 'app_user', ['id'])
    .addForeignKeyConstraint('options_review_member_added_by_fkey', ['added_by'], 'app_user', [
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('options_review_member_user_id_idx')
    .on('options_review_member')
    .column('user_id')
    .execute();
  await db.schema
    .alterTable('options_review')
    .addForeignKeyConstraint(
      'options_review_lead_is_member_fkey',
      ['id', 'lead_user_id'],
      'options_review_member',
      ['review_id', 'user_id'],
      (fk) => fk.deferrable().initiallyDeferred(),
    )
    .execute();

  await db.schema
    .createTable('options_review_scheme_version')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('scheme', 'text', (col) => col.notNull())
    .addColumn('commitment', 'text', (col) => col.notNull())
    .addColumn('origin_kind', 'text', (col) => col.notNull())
    .addColumn('origin_template_id', 'text')
    .addColumn('origin_template_version', 'text')
    .addColumn('origin_entry_ids', sql`text[]`)
    .addColumn('note', 'text')
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_scheme_version_pkey', ['review_id', 'number'])
    .addForeignKeyConstraint(
      'options_review_scheme_version_review_id_fkey',
      ['review_id'],
      'options_review',
      ['id'],
    )
    .addForeignKeyConstraint(
      'options_review_scheme_version_created_by_fkey',
      ['created_by'],
      'app_user',
      ['id'],
    )
    .addCheckConstraint('options_review_scheme_version_number_check', sql`number >= 1`)
    .addCheckConstraint(
      'options_review_scheme_version_commitment_check',
      sql`commitment ~ '^[0-9a-f]{64}$'`,
    )
    .addCheckConstraint(
      'options_review_scheme_version_origin_check',
      sql`origin_kind in ('template', 'entries', 'blank', 'edited', 'referenceDate')
        and (origin_kind = 'template') = (origin_template_id is not null)
        and (origin_template_id is null) = (origin_template_version is null)
        and (origin_kind = 'entries') = (origin_entry_ids is not null)`,
    )
    .addCheckConstraint(
      'options_review_scheme_version_note_check',
      sql`char_length(btrim(note)) between 1 and 1000`,
    )
    .execute();
  await db.schema
    .alterTable('options_review')
    .addForeignKeyConstraint(
      'options_review_concluded_scheme_version_fkey',
      ['id', 'concluded_scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .execute();

  await sql`
    create function options_review_scheme_version_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'scheme versions are immutable: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const statement of [
    sql`create trigger options_review_scheme_version_refuse_update
      before update on options_review_scheme_version
      for each row execute function options_review_scheme_version_refuse_change()`,
    sql`create trigger options_review_scheme_version_refuse_delete
      before delete on options_review_scheme_version
      for each row execute function options_review_scheme_version_refuse_change()`,
    // TRUNCATE skips row triggers; only a statement-level trigger sees it.
    sql`create trigger options_review_scheme_version_refuse_truncate
      before truncate on options_review_scheme_version
      for each statement execute function options_review_scheme_version_refuse_change()`,
  ]) {
    await statement.execute(db);
  }

  await db.schema
    .createTable('options_review_option')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('vendor_name', 'text')
    .addColumn('service_name', 'text')
    .addColumn('offer', 'text', (col) => col.notNull())
    .addColumn('checked_against_scheme_version', 'integer')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_by', 'uuid', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_option_pkey', ['id'])
    .addForeignKeyConstraint(
      'options_review_option_review_id_fkey',
      ['review_id'],
      'options_review',
      ['id'],
    )
    .addForeignKeyConstraint(
      'options_review_option_scheme_version_fkey',
      ['review_id', 'checked_against_scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .addForeignKeyConstraint('options_review_option_created_by_fkey', ['created_by'], 'app_user', [
      'id',
    ])
    .addForeignKeyConstraint('options_review_option_updated_by_fkey', ['updated_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint(
      'options_review_option_name_check',
      sql`char_length(btrim(name)) between 1 and 200`,
    )
    .addCheckConstraint(
      'options_review_option_vendor_name_check',
      sql`char_length(btrim(vendor_name)) between 1 and 200`,
    )
    .addCheckConstraint(
      'options_review_option_service_name_check',
      sql`char_length(btrim(service_name)) between 1 and 200`,
    )
    .addCheckConstraint('options_review_option_version_check', sql`version >= 1`)
    .execute();
  await db.schema
    .createIndex('options_review_option_review_id_idx')
    .on('options_review_option')
    .columns(['review_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('options_review_option_name_key')
    .on('options_review_option')
    .unique()
    .expression(sql`review_id, lower(name)`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('options_review_option').execute();
  await db.schema
    .alterTable('options_review')
    .dropConstraint('options_review_concluded_scheme_version_fkey')
    .execute();
  await db.schema
    .alterTable('options_review')
    .dropConstraint('options_review_lead_is_member_fkey')
    .execute();
  await db.schema.dropTable('options_review_scheme_version').execute();
  await sql`drop function options_review_scheme_version_refuse_change()`.execute(db);
  await db.schema.dropTable('options_review_member').execute();
  await db.schema.dropTable('options_review').execute();
}
