import { sql, type Kysely } from 'kysely';

/**
 * Bids (ADR 0041), taken in two ways that end in the same opened bid records:
 * - **Our sealed vault**: at publication the tender gets an HPKE key pair (`tender_vault`); the
 *   private key exists only as Shamir shares (`tender_key_share`), each sealed to the personal
 *   key of an opening officer or deputy (`tender_opening_key`), which is itself locked under that
 *   person's opening passphrase. A bid's content is sealed before it reaches the database
 *   (`bid_submission`); a joint opening session (§ 55 VgV, `opening_session`) opens it.
 * - **Import** from the authority's e-procurement platform after its opening (`bid_import`), with
 *   column mappings saved per platform (`bid_import_mapping`).
 *
 * What the database itself guarantees, whoever connects:
 * - Keys, shares, submissions, imports, opened contents and opening records are never changed or
 *   deleted (UPDATE, DELETE, TRUNCATE refused); a bid changes only by a new submission.
 * - A vendor has at most one bid in force per tender and lot.
 * - A bid is withdrawn once, and stays withdrawn.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table tender add column bid_intake text not null default 'platform'
    constraint tender_bid_intake_check check (bid_intake in ('platform', 'vault'))`.execute(db);

  await db.schema
    .createTable('tender_opening_key')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    // X25519 public key the holder's share is sealed to.
    .addColumn('public_key', 'bytea', (col) => col.notNull())
    // The private key locked under the opening passphrase: JSON of a LockedKeyShare, base64 bytes.
    .addColumn('locked_private_key', 'text', (col) => col.notNull())
    .addColumn('enrolled_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_opening_key_pkey', ['tender_id', 'user_id'])
    .addForeignKeyConstraint('tender_opening_key_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('tender_opening_key_user_id_fkey', ['user_id'], 'app_user', ['id'])
    .addCheckConstraint('tender_opening_key_public_key_check', sql`octet_length(public_key) = 32`)
    .execute();

  await db.schema
    .createTable('tender_vault')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('public_key', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_vault_pkey', ['tender_id'])
    .addForeignKeyConstraint('tender_vault_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addCheckConstraint('tender_vault_public_key_check', sql`octet_length(public_key) = 32`)
    .execute();

  await db.schema
    .createTable('tender_key_share')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    // `opening`: a share of the opening officers' and deputies' split (any two open);
    // `breakGlass`: a share of the officers' separate split, for the recorded four-eyes
    // break-glass when too few opening holders remain.
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('holder_user_id', 'uuid', (col) => col.notNull())
    // The holder's public key at the time of sealing, so a later enrolment cannot be confused.
    .addColumn('holder_public_key', 'bytea', (col) => col.notNull())
    // HPKE to the holder's key: encapsulated key, then ciphertext.
    .addColumn('sealed_share', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_key_share_pkey', ['tender_id', 'kind', 'holder_user_id'])
    .addCheckConstraint('tender_key_share_kind_check', sql`kind in ('opening', 'breakGlass')`)
    .addForeignKeyConstraint('tender_key_share_vault_fkey', ['tender_id'], 'tender_vault', [
      'tender_id',
    ])
    .addForeignKeyConstraint('tender_key_share_holder_fkey', ['holder_user_id'], 'app_user', ['id'])
    .execute();

  await db.schema
    .createTable('bid_import')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('platform', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('file_bytes', 'integer', (col) => col.notNull())
    .addColumn('file_sha256', 'text', (col) => col.notNull())
    // The platform's opening record (Niederschrift), by its hash; the file stays in the e-Akte.
    .addColumn('opening_record_name', 'text', (col) => col.notNull())
    .addColumn('opening_record_sha256', 'text', (col) => col.notNull())
    .addColumn('opened_on_platform_at', 'timestamptz', (col) => col.notNull())
    // Canonical JSON of the column mapping used for XLSX/CSV; null for our JSON format.
    .addColumn('mapping', 'text')
    .addColumn('bid_count', 'integer', (col) => col.notNull())
    .addColumn('imported_by', 'uuid', (col) => col.notNull())
    .addColumn('imported_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('bid_import_pkey', ['id'])
    .addForeignKeyConstraint('bid_import_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('bid_import_imported_by_fkey', ['imported_by'], 'app_user', ['id'])
    // The same file imported again changes nothing: it finds this row.
    .addUniqueConstraint('bid_import_tender_file_key', ['tender_id', 'file_sha256'])
    .addCheckConstraint(
      'bid_import_platform_check',
      sql`char_length(btrim(platform)) between 1 and 100`,
    )
    .addCheckConstraint('bid_import_format_check', sql`format in ('json', 'xlsx', 'csv')`)
    .addCheckConstraint('bid_import_mapping_check', sql`(format = 'json') = (mapping is null)`)
    .addCheckConstraint(
      'bid_import_hashes_check',
      sql`file_sha256 ~ '^[0-9a-f]{64}$' and opening_record_sha256 ~ '^[0-9a-f]{64}$'`,
    )
    .addCheckConstraint('bid_import_bid_count_check', sql`bid_count >= 0`)
    .execute();

  await db.schema
    .createTable('bid_import_mapping')
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('platform', 'text', (col) => col.notNull())
    .addColumn('mapping', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'uuid', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('bid_import_mapping_pkey', ['organisation_id', 'platform'])
    .addForeignKeyConstraint(
      'bid_import_mapping_organisation_fkey',
      ['organisation_id'],
      'organisation',
      ['id'],
    )
    .addForeignKeyConstraint('bid_import_mapping_updated_by_fkey', ['updated_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint(
      'bid_import_mapping_platform_check',
      sql`char_length(btrim(platform)) between 1 and 100`,
    )
    .execute();

  await db.schema
    .createTable('bid')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    // The vendor organisation, for bids in our vault; null for imported bids.
    .addColumn('organisation_id', 'uuid')
    .addColumn('organisation_kind', 'text')
    .addColumn('import_id', 'uuid')
    // The bid's number in the import (its row or list position, from 1).
    .addColumn('import_position', 'integer')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .addColumn('withdrawn_by_user_id', 'uuid')
    .addColumn('withdrawn_by_api_key_id', 'text')
    .addPrimaryKeyConstraint('bid_pkey', ['id'])
    .addForeignKeyConstraint('bid_lot_fkey', ['tender_id', 'lot_number'], 'tender_lot', [
      'tender_id',
      'number',
    ])
    .addForeignKeyConstraint(
      'bid_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('bid_import_id_fkey', ['import_id'], 'bid_import', ['id'])
    .addForeignKeyConstraint('bid_withdrawn_by_user_fkey', ['withdrawn_by_user_id'], 'app_user', [
      'id',
    ])
    .addForeignKeyConstraint(
      'bid_withdrawn_by_api_key_fkey',
      ['withdrawn_by_api_key_id'],
      'api_key',
      ['id'],
    )
    .addCheckConstraint('bid_source_check', sql`source in ('vault', 'import')`)
    .addCheckConstraint(
      'bid_source_parts_check',
      sql`(source = 'vault') = (organisation_id is not null)
        and (organisation_id is null) = (organisation_kind is null)
        and (organisation_kind is null or organisation_kind = 'vendor')
        and (source = 'import') = (import_id is not null)
        and (import_id is null) = (import_position is null)
        and (import_position is null or import_position >= 1)`,
    )
    .addCheckConstraint(
      'bid_withdrawal_check',
      sql`(source = 'vault' or withdrawn_at is null)
        and (withdrawn_at is null) = (withdrawn_by_user_id is null and withdrawn_by_api_key_id is null)
        and (withdrawn_by_user_id is null or withdrawn_by_api_key_id is null)`,
    )
    .execute();
  // One bid in force per vendor, tender and lot.
  await sql`create unique index bid_one_in_force_idx on bid (tender_id, lot_number, organisation_id)
    where source = 'vault' and withdrawn_at is null`.execute(db);
  await sql`create unique index bid_import_position_idx on bid (import_id, import_position)
    where import_id is not null`.execute(db);
  await db.schema
    .createIndex('bid_tender_idx')
    .on('bid')
    .columns(['tender_id', 'lot_number'])
    .execute();

  await db.schema
    .createTable('bid_submission')
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('commitment', 'text', (col) => col.notNull())
    .addColumn('sealed_enc', 'bytea', (col) => col.notNull())
    .addColumn('sealed_ciphertext', 'bytea', (col) => col.notNull())
    .addColumn('sealed_sha256', 'text', (col) => col.notNull())
    // The database's time as the last step of the transaction that stored it: the receipt's time.
    .addColumn('received_at', 'timestamptz', (col) => col.notNull())
    // Received after the submission deadline in force at that moment: stored, flagged, never
    // refused (§ 57 (1) Nr. 1 VgV).
    .addColumn('late', 'boolean', (col) => col.notNull())
    .addColumn('submitted_by_user_id', 'uuid')
    .addColumn('submitted_by_api_key_id', 'text')
    .addPrimaryKeyConstraint('bid_submission_pkey', ['bid_id', 'number'])
    .addForeignKeyConstraint('bid_submission_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addForeignKeyConstraint('bid_submission_user_fkey', ['submitted_by_user_id'], 'app_user', [
      'id',
    ])
    .addForeignKeyConstraint(
      'bid_submission_api_key_fkey',
      ['submitted_by_api_key_id'],
      'api_key',
      ['id'],
    )
    .addCheckConstraint('bid_submission_number_check', sql`number >= 1`)
    .addCheckConstraint('bid_submission_commitment_check', sql`commitment ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint('bid_submission_sha256_check', sql`sealed_sha256 ~ '^[0-9a-f]{64}$'`)
    .addCheckConstraint(
      'bid_submission_by_check',
      sql`(submitted_by_user_id is null) <> (submitted_by_api_key_id is null)`,
    )
    .execute();

  await db.schema
    .createTable('bid_idempotency')
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    // SHA-256 of the operation and its request body: the same key with another request is refused.
    .addColumn('request_sha256', 'text', (col) => col.notNull())
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('submission_number', 'integer')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('bid_idempotency_pkey', ['organisation_id', 'key'])
    .addForeignKeyConstraint('bid_idempotency_bid_fkey', ['bid_id'], 'bid', ['id'])
    .addCheckConstraint('bid_idempotency_key_check', sql`key ~ '^[\\x21-\\x7e]{1,200}$'`)
    .execute();

  await db.schema
    .createTable('platform_outage')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ended_at', 'timestamptz', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('platform_outage_pkey', ['id'])
    .addForeignKeyConstraint('platform_outage_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('platform_outage_recorded_by_fkey', ['recorded_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint('platform_outage_period_check', sql`ended_at > started_at`)
    .addCheckConstraint(
      'platform_outage_description_check',
      sql`char_length(btrim(description)) between 1 and 4000`,
    )
    .execute();

  await db.schema
    .createTable('opening_session')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('started_by', 'uuid', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('open'))
    .addColumn('ended_at', 'timestamptz')
    // A break-glass session (the officers' split, four eyes) records why the opening officers and
    // deputies could not open; null for the regular joint opening.
    .addColumn('break_glass_reason', 'text')
    // The opening record (Niederschrift) as canonical JSON, and its SHA-256.
    .addColumn('record', 'text')
    .addColumn('record_sha256', 'text')
    .addPrimaryKeyConstraint('opening_session_pkey', ['id'])
    .addForeignKeyConstraint('opening_session_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('opening_session_started_by_fkey', ['started_by'], 'app_user', ['id'])
    .addCheckConstraint(
      'opening_session_state_check',
      sql`state in ('open', 'opened', 'abandoned')`,
    )
    .addCheckConstraint(
      'opening_session_break_glass_reason_check',
      sql`break_glass_reason is null or char_length(btrim(break_glass_reason)) between 1 and 4000`,
    )
    .addCheckConstraint(
      'opening_session_end_check',
      sql`(state = 'open') = (ended_at is null)
        and (state = 'opened') = (record is not null)
        and (record is null) = (record_sha256 is null)`,
    )
    .execute();
  await sql`create unique index opening_session_one_open_idx on opening_session (tender_id)
    where state = 'open'`.execute(db);
  await sql`create unique index opening_session_one_opened_idx on opening_session (tender_id)
    where state = 'opened'`.execute(db);

  await db.schema
    .createTable('opening_session_presence')
    .addColumn('session_id', 'uuid', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('capacity', 'text', (col) => col.notNull())
    // When the holder's passphrase unlocked the share.
    .addColumn('confirmed_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('opening_session_presence_pkey', ['session_id', 'user_id'])
    .addForeignKeyConstraint(
      'opening_session_presence_session_fkey',
      ['session_id'],
      'opening_session',
      ['id'],
    )
    .addForeignKeyConstraint('opening_session_presence_user_fkey', ['user_id'], 'app_user', ['id'])
    .addCheckConstraint(
      'opening_session_presence_capacity_check',
      sql`capacity in ('openingOfficer', 'openingDeputy', 'officer')`,
    )
    .execute();

  await db.schema
    .createTable('bid_opened_content')
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('submission_number', 'integer', (col) => col.notNull())
    // Canonical JSON (RFC 8785) of the BidContent, and its SHA-256.
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('content_sha256', 'text', (col) => col.notNull())
    // For imported bids: when the platform received it, and its late flag, as the export states.
    .addColumn('received_at', 'timestamptz', (col) => col.notNull())
    .addColumn('late', 'boolean', (col) => col.notNull())
    .addColumn('opening_session_id', 'uuid')
    .addColumn('opened_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('bid_opened_content_pkey', ['bid_id', 'submission_number'])
    .addForeignKeyConstraint('bid_opened_content_bid_fkey', ['bid_id'], 'bid', ['id'])
    .addForeignKeyConstraint(
      'bid_opened_content_session_fkey',
      ['opening_session_id'],
      'opening_session',
      ['id'],
    )
    .addCheckConstraint('bid_opened_content_sha256_check', sql`content_sha256 ~ '^[0-9a-f]{64}$'`)
    .execute();

  await sql`
    create function bid_record_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'bid records are kept as stored: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const table of [
    'tender_vault',
    'tender_key_share',
    'bid_import',
    'bid_submission',
    'bid_opened_content',
    'opening_session_presence',
  ]) {
    await sql`create trigger ${sql.raw(`${table}_refuse_update_delete`)}
      before update or delete on ${sql.table(table)}
      for each row execute function bid_record_refuse_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_refuse_truncate`)}
      before truncate on ${sql.table(table)}
      for each statement execute function bid_record_refuse_change()`.execute(db);
  }
  for (const table of ['bid', 'opening_session', 'tender_opening_key']) {
    await sql`create trigger ${sql.raw(`${table}_refuse_truncate`)}
      before truncate on ${sql.table(table)}
      for each statement execute function bid_record_refuse_change()`.execute(db);
  }

  await sql`
    create function bid_refuse_change() returns trigger
    language plpgsql as $$
    begin
      -- A bid is never deleted; the only change is its withdrawal, once.
      if tg_op = 'DELETE' or old.withdrawn_at is not null
        or (new.id, new.tender_id, new.lot_number, new.source, new.organisation_id, new.import_id,
            new.import_position, new.created_at)
          is distinct from
           (old.id, old.tender_id, old.lot_number, old.source, old.organisation_id, old.import_id,
            old.import_position, old.created_at) then
        raise exception 'a bid changes only by a new submission or its withdrawal: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger bid_refuse_change before update or delete on bid
    for each row execute function bid_refuse_change()`.execute(db);

  await sql`
    create function opening_session_refuse_change() returns trigger
    language plpgsql as $$
    begin
      -- A session ends once, as opened (with its record) or abandoned, and then stays as it ended.
      if tg_op = 'DELETE' or old.state <> 'open'
        or (new.id, new.tender_id, new.started_by, new.started_at, new.break_glass_reason)
          is distinct from
           (old.id, old.tender_id, old.started_by, old.started_at, old.break_glass_reason) then
        raise exception 'an opening session ends once and is then kept: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger opening_session_refuse_change before update or delete on opening_session
    for each row execute function opening_session_refuse_change()`.execute(db);

  await sql`
    create function tender_opening_key_refuse_change() returns trigger
    language plpgsql as $$
    begin
      -- A holder may set a new passphrase until the tender's key is shared out; then it is fixed.
      if exists (select 1 from tender_vault v
                 where v.tender_id = case when tg_op = 'DELETE' then old.tender_id else new.tender_id end) then
        raise exception 'opening keys are fixed once the tender is sealed: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end
    $$`.execute(db);
  await sql`create trigger tender_opening_key_refuse_change
    before insert or update or delete on tender_opening_key
    for each row execute function tender_opening_key_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'bid_opened_content',
    'opening_session_presence',
    'opening_session',
    'platform_outage',
    'bid_idempotency',
    'bid_submission',
    'bid',
    'bid_import_mapping',
    'bid_import',
    'tender_key_share',
    'tender_vault',
    'tender_opening_key',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function tender_opening_key_refuse_change()`.execute(db);
  await sql`drop function opening_session_refuse_change()`.execute(db);
  await sql`drop function bid_refuse_change()`.execute(db);
  await sql`drop function bid_record_refuse_change()`.execute(db);
  await sql`alter table tender drop column bid_intake`.execute(db);
}
