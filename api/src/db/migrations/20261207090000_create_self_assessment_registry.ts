import { sql, type Kysely } from 'kysely';

/**
 * The vendor self-assessment registry (ADR 0032): a vendor's profile, its services, the
 * self-assessment versions of each service, the evidence documents behind its attestations, the
 * authorities it lets read confidential evidence, and the verifications authorities record.
 *
 * - Profiles, services and evidence belong to a vendor organisation (composite foreign key on the
 *   organisation's kind, as API keys do); grants and verifications name an authority the same way.
 * - Versions are numbered per service. At most one draft per service (a partial unique index).
 *   A published version is immutable: a trigger refuses any UPDATE or DELETE of a row that was
 *   published when the statement began, and TRUNCATE always, on both databases. Its content and
 *   the vendor's profile at publication are stored as RFC 8785 canonical JSON text, and
 *   `content_sha256` is the hash of both together (see the publish verb), so a citation of a
 *   version can be checked against the bytes.
 * - Evidence bytes live in the database (DESIGN.md: everything a second server process needs), under
 *   a generated file name, with their SHA-256; a trigger refuses changes to the bytes and their hash.
 * - An option of an options review may name the registry version it was taken from.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('vendor_profile')
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('vendor'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_by_key', 'text')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('vendor_profile_pkey', ['organisation_id'])
    .addForeignKeyConstraint(
      'vendor_profile_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
    )
    .addForeignKeyConstraint('vendor_profile_updated_by_fkey', ['updated_by'], 'app_user', ['id'])
    .addCheckConstraint('vendor_profile_organisation_kind_check', sql`organisation_kind = 'vendor'`)
    .addCheckConstraint('vendor_profile_version_check', sql`version >= 1`)
    .addCheckConstraint(
      'vendor_profile_updated_by_check',
      sql`(updated_by is null) <> (updated_by_key is null)`,
    )
    .execute();

  await db.schema
    .createTable('vendor_service')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('vendor'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('vendor_service_pkey', ['id'])
    .addForeignKeyConstraint(
      'vendor_service_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
    )
    .addCheckConstraint('vendor_service_organisation_kind_check', sql`organisation_kind = 'vendor'`)
    .addCheckConstraint(
      'vendor_service_name_check',
      sql`char_length(btrim(name)) between 1 and 200`,
    )
    .addCheckConstraint(
      'vendor_service_summary_check',
      sql`char_length(btrim(summary)) between 1 and 2000`,
    )
    .addCheckConstraint('vendor_service_version_check', sql`version >= 1`)
    .execute();
  await db.schema
    .createIndex('vendor_service_name_key')
    .on('vendor_service')
    .unique()
    .expression(sql`organisation_id, lower(name)`)
    .execute();

  await db.schema
    .createTable('self_assessment_version')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('vendor_snapshot', 'text')
    .addColumn('content_sha256', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('published_at', 'timestamptz')
    .addPrimaryKeyConstraint('self_assessment_version_pkey', ['id'])
    .addUniqueConstraint('self_assessment_version_number_key', ['service_id', 'number'])
    .addForeignKeyConstraint(
      'self_assessment_version_service_id_fkey',
      ['service_id'],
      'vendor_service',
      ['id'],
    )
    .addCheckConstraint('self_assessment_version_number_check', sql`number >= 1`)
    .addCheckConstraint('self_assessment_version_version_check', sql`version >= 1`)
    .addCheckConstraint(
      'self_assessment_version_status_check',
      sql`status in ('draft', 'published')
        and (status = 'published') = (published_at is not null)
        and (status = 'published') = (content_sha256 is not null)
        and (status = 'published') = (vendor_snapshot is not null)
        and (content_sha256 is null or content_sha256 ~ '^[0-9a-f]{64}$')`,
    )
    .execute();
  await db.schema
    .createIndex('self_assessment_version_one_draft_key')
    .on('self_assessment_version')
    .unique()
    .column('service_id')
    .where(sql.ref('status'), '=', 'draft')
    .execute();

  await sql`
    create function self_assessment_version_refuse_change() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' or old.status = 'published' then
        raise exception 'published self-assessment versions are immutable: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      if tg_op = 'DELETE' then
        return old;
      end if;
      return new;
    end
    $$`.execute(db);
  for (const statement of [
    sql`create trigger self_assessment_version_refuse_update
      before update on self_assessment_version
      for each row execute function self_assessment_version_refuse_change()`,
    sql`create trigger self_assessment_version_refuse_delete
      before delete on self_assessment_version
      for each row execute function self_assessment_version_refuse_change()`,
    sql`create trigger self_assessment_version_refuse_truncate
      before truncate on self_assessment_version
      for each statement execute function self_assessment_version_refuse_change()`,
  ]) {
    await statement.execute(db);
  }

  await db.schema
    .createTable('evidence_document')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('byte_size', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', 'bytea', (col) => col.notNull())
    .addColumn('confidential', 'boolean', (col) => col.notNull())
    .addColumn('uploaded_by', 'uuid')
    .addColumn('uploaded_by_key', 'text')
    .addColumn('uploaded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('evidence_document_pkey', ['id'])
    .addForeignKeyConstraint(
      'evidence_document_service_id_fkey',
      ['service_id'],
      'vendor_service',
      ['id'],
    )
    .addForeignKeyConstraint('evidence_document_uploaded_by_fkey', ['uploaded_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint(
      'evidence_document_uploaded_by_check',
      sql`(uploaded_by is null) <> (uploaded_by_key is null)`,
    )
    .addCheckConstraint(
      'evidence_document_title_check',
      sql`char_length(btrim(title)) between 1 and 200`,
    )
    .addCheckConstraint(
      'evidence_document_file_name_check',
      sql`file_name ~ '^[a-z0-9-]{1,80}\\.[a-z0-9]{1,5}$'`,
    )
    .addCheckConstraint('evidence_document_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint(
      'evidence_document_byte_size_check',
      sql`byte_size > 0 and byte_size = octet_length(content)`,
    )
    .execute();
  await db.schema
    .createIndex('evidence_document_service_id_idx')
    .on('evidence_document')
    .columns(['service_id', 'uploaded_at', 'id'])
    .execute();
  await sql`
    create function evidence_document_refuse_change() returns trigger
    language plpgsql as $$
    begin
      if new.content is distinct from old.content or new.sha256 is distinct from old.sha256
        or new.service_id is distinct from old.service_id
        or new.confidential is distinct from old.confidential then
        raise exception 'evidence documents are immutable: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger evidence_document_refuse_update
      before update on evidence_document
      for each row execute function evidence_document_refuse_change()`.execute(db);

  await db.schema
    .createTable('evidence_grant')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('authority_id', 'uuid', (col) => col.notNull())
    .addColumn('authority_kind', 'text', (col) => col.notNull().defaultTo('authority'))
    .addColumn('granted_by', 'uuid')
    .addColumn('granted_by_key', 'text')
    .addColumn('granted_at', 'timestamptz', (col) => col.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('evidence_grant_pkey', ['id'])
    .addForeignKeyConstraint('evidence_grant_service_id_fkey', ['service_id'], 'vendor_service', [
      'id',
    ])
    .addForeignKeyConstraint(
      'evidence_grant_authority_fkey',
      ['authority_id', 'authority_kind'],
      'organisation',
      ['id', 'kind'],
    )
    .addForeignKeyConstraint('evidence_grant_granted_by_fkey', ['granted_by'], 'app_user', ['id'])
    .addCheckConstraint('evidence_grant_authority_kind_check', sql`authority_kind = 'authority'`)
    .addCheckConstraint(
      'evidence_grant_granted_by_check',
      sql`(granted_by is null) <> (granted_by_key is null)`,
    )
    .execute();
  // One standing grant per service and authority; revoked ones stay as the record.
  await db.schema
    .createIndex('evidence_grant_standing_key')
    .on('evidence_grant')
    .unique()
    .columns(['service_id', 'authority_id'])
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('attestation_verification')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('version_id', 'uuid', (col) => col.notNull())
    .addColumn('attestation_id', 'text', (col) => col.notNull())
    .addColumn('authority_id', 'uuid', (col) => col.notNull())
    .addColumn('authority_kind', 'text', (col) => col.notNull().defaultTo('authority'))
    .addColumn('checked_on', 'date', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('attestation_verification_pkey', ['id'])
    .addForeignKeyConstraint(
      'attestation_verification_version_id_fkey',
      ['version_id'],
      'self_assessment_version',
      ['id'],
    )
    .addForeignKeyConstraint(
      'attestation_verification_authority_fkey',
      ['authority_id', 'authority_kind'],
      'organisation',
      ['id', 'kind'],
    )
    .addForeignKeyConstraint(
      'attestation_verification_recorded_by_fkey',
      ['recorded_by'],
      'app_user',
      ['id'],
    )
    .addCheckConstraint(
      'attestation_verification_authority_kind_check',
      sql`authority_kind = 'authority'`,
    )
    .addCheckConstraint(
      'attestation_verification_note_check',
      sql`char_length(btrim(note)) between 1 and 2000`,
    )
    .execute();
  await db.schema
    .createIndex('attestation_verification_version_idx')
    .on('attestation_verification')
    .columns(['version_id', 'authority_id', 'recorded_at'])
    .execute();

  await db.schema
    .alterTable('options_review_option')
    .addColumn('registry_version_id', 'uuid', (col) => col.references('self_assessment_version.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('options_review_option').dropColumn('registry_version_id').execute();
  await db.schema.dropTable('attestation_verification').execute();
  await db.schema.dropTable('evidence_grant').execute();
  await db.schema.dropTable('evidence_document').execute();
  await sql`drop function evidence_document_refuse_change()`.execute(db);
  await db.schema.dropTable('self_assessment_version').execute();
  await sql`drop function self_assessment_version_refuse_change()`.execute(db);
  await db.schema.dropTable('vendor_service').execute();
  await db.schema.dropTable('vendor_profile').execute();
}
