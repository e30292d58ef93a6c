import { sql, type Kysely } from 'kysely';

/**
 * Tenders (Vergabeverfahren, ADR 0038) up to publication and through the submission period: the
 * procedure of an authority, its lots, its team with their declarations under § 6 VgV, the
 * schemes of its lots as drafts and, from publication on, as immutable versions under their
 * commitments, corrections (§ 20 (3) VgV), bidders' questions and the vendors who registered
 * interest.
 *
 * What the database itself guarantees, whoever connects:
 * - A published scheme version never changes: UPDATE, DELETE and TRUNCATE are refused on
 *   `tender_scheme_version` and `tender_correction`.
 * - A lot, and so its draft scheme, changes only while its tender is a draft: a trigger refuses
 *   INSERT, UPDATE and DELETE on `tender_lot` otherwise. Corrections add versions; they never
 *   touch the lot.
 * - Publication was approved by a second person: `approved_by` differs from the officer who
 *   asked for it, and a published tender has both.
 * - A cancelled tender (§ 63 VgV) keeps its ground, reasons, who and when.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tender')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('authority'))
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('cpv_codes', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('regime', 'text', (col) => col.notNull())
    .addColumn('procedure_type', 'text', (col) => col.notNull())
    .addColumn('procedure_ground', 'text')
    .addColumn('land', 'text', (col) => col.notNull())
    .addColumn('authority_kind', 'text', (col) => col.notNull())
    .addColumn('contract_kind', 'text', (col) => col.notNull())
    // ContractValueInput as canonical JSON; null until the officer estimates it.
    .addColumn('estimated_value', 'text')
    .addColumn('estimated_on', 'date')
    .addColumn('no_lots_reasons', 'text')
    .addColumn('max_lots_per_bidder', 'integer')
    .addColumn('max_lots_per_award', 'integer')
    .addColumn('submission_deadline', 'timestamptz')
    .addColumn('questions_deadline', 'timestamptz')
    .addColumn('bid_validity_until', 'date')
    .addColumn('period_reductions', sql`text[]`, (col) =>
      col.notNull().defaultTo(sql`'{}'::text[]`),
    )
    .addColumn('state', 'text', (col) => col.notNull().defaultTo('draft'))
    .addColumn('lead_user_id', 'uuid', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('publication_requested_by', 'uuid')
    .addColumn('publication_requested_at', 'timestamptz')
    // The tender's version the request was made on: any later change voids the request.
    .addColumn('publication_requested_version', 'integer')
    .addColumn('approved_by', 'uuid')
    .addColumn('published_at', 'timestamptz')
    .addColumn('cancelled_by', 'uuid')
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('cancellation_ground', 'text')
    .addColumn('cancellation_reasons', 'text')
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_pkey', ['id'])
    .addForeignKeyConstraint(
      'tender_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('tender_lead_user_id_fkey', ['lead_user_id'], 'app_user', ['id'])
    .addForeignKeyConstraint('tender_created_by_fkey', ['created_by'], 'app_user', ['id'])
    .addForeignKeyConstraint(
      'tender_publication_requested_by_fkey',
      ['publication_requested_by'],
      'app_user',
      ['id'],
    )
    .addForeignKeyConstraint('tender_approved_by_fkey', ['approved_by'], 'app_user', ['id'])
    .addForeignKeyConstraint('tender_cancelled_by_fkey', ['cancelled_by'], 'app_user', ['id'])
    .addUniqueConstraint('tender_organisation_reference_key', ['organisation_id', 'reference'])
    .addCheckConstraint('tender_organisation_kind_check', sql`organisation_kind = 'authority'`)
    .addCheckConstraint(
      'tender_reference_check',
      sql`char_length(btrim(reference)) between 1 and 60`,
    )
    .addCheckConstraint('tender_title_check', sql`char_length(btrim(title)) between 1 and 300`)
    .addCheckConstraint('tender_description_check', sql`char_length(description) <= 8000`)
    .addCheckConstraint(
      'tender_cpv_codes_check',
      sql`cardinality(cpv_codes) <= 20
        and array_to_string(cpv_codes, ',') ~ '^([0-9]{8}-[0-9](,[0-9]{8}-[0-9])*)?$'`,
    )
    .addCheckConstraint('tender_regime_check', sql`regime in ('VgV', 'SektVO', 'VSVgV', 'UVgO')`)
    .addCheckConstraint(
      'tender_procedure_type_check',
      sql`procedure_type ~ '^[a-z][a-zA-Z0-9.-]{0,62}$'`,
    )
    .addCheckConstraint(
      'tender_procedure_ground_check',
      sql`char_length(btrim(procedure_ground)) between 1 and 4000`,
    )
    .addCheckConstraint('tender_land_check', sql`land ~ '^DE-[A-Z]{2}$'`)
    .addCheckConstraint(
      'tender_authority_kind_check',
      sql`authority_kind in ('federalUpperAuthority', 'otherPublicAuthority', 'sectorEntity', 'defenceSecurity')`,
    )
    .addCheckConstraint(
      'tender_contract_kind_check',
      sql`contract_kind in ('suppliesServices', 'works', 'socialServices', 'designContest')`,
    )
    .addCheckConstraint(
      'tender_estimated_value_check',
      sql`(estimated_value is null) = (estimated_on is null)`,
    )
    .addCheckConstraint(
      'tender_no_lots_reasons_check',
      sql`char_length(btrim(no_lots_reasons)) between 1 and 4000`,
    )
    .addCheckConstraint(
      'tender_lot_limits_check',
      sql`(max_lots_per_bidder is null or max_lots_per_bidder >= 1)
        and (max_lots_per_award is null or max_lots_per_award >= 1)`,
    )
    .addCheckConstraint(
      'tender_period_reductions_check',
      sql`period_reductions <@ array['priorInformationNotice', 'urgency', 'electronicSubmission']::text[]`,
    )
    .addCheckConstraint(
      'tender_state_check',
      sql`state in ('draft', 'published', 'submissionClosed', 'opened', 'evaluated', 'awarded', 'cancelled')`,
    )
    .addCheckConstraint('tender_version_check', sql`version >= 1`)
    .addCheckConstraint(
      'tender_publication_request_check',
      sql`(publication_requested_by is null) = (publication_requested_at is null)
        and (publication_requested_by is null) = (publication_requested_version is null)`,
    )
    .addCheckConstraint(
      'tender_four_eyes_check',
      sql`(published_at is null) = (approved_by is null)
        and (approved_by is null or (publication_requested_by is not null and approved_by <> publication_requested_by))`,
    )
    .addCheckConstraint(
      'tender_published_check',
      sql`(state = 'draft' or (state = 'cancelled' and published_at is null)) = (published_at is null)
        and (published_at is null or (submission_deadline is not null and questions_deadline is not null and bid_validity_until is not null))`,
    )
    .addCheckConstraint(
      'tender_cancellation_check',
      sql`(state = 'cancelled') = (cancelled_at is not null)
        and (cancelled_at is null) = (cancelled_by is null)
        and (cancelled_at is null) = (cancellation_ground is null)
        and (cancelled_at is null) = (cancellation_reasons is null)
        and (cancellation_reasons is null or char_length(btrim(cancellation_reasons)) between 1 and 4000)`,
    )
    .execute();
  await db.schema
    .createIndex('tender_organisation_id_idx')
    .on('tender')
    .columns(['organisation_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('tender_published_idx')
    .on('tender')
    .columns(['published_at', 'id'])
    .where(sql.ref('published_at'), 'is not', null)
    .execute();

  await db.schema
    .createTable('tender_lot')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull().defaultTo(''))
    // The lot's scheme while the tender is a draft: canonical JSON of an EvaluationScheme.
    .addColumn('scheme_draft', 'text')
    .addColumn('scheme_origin_kind', 'text')
    .addColumn('scheme_origin_template_id', 'text')
    .addColumn('scheme_origin_template_version', 'text')
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_lot_pkey', ['tender_id', 'number'])
    .addForeignKeyConstraint('tender_lot_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addCheckConstraint('tender_lot_number_check', sql`number between 1 and 200`)
    .addCheckConstraint('tender_lot_title_check', sql`char_length(btrim(title)) between 1 and 300`)
    .addCheckConstraint('tender_lot_description_check', sql`char_length(description) <= 4000`)
    .addCheckConstraint(
      'tender_lot_scheme_origin_check',
      sql`(scheme_draft is null) = (scheme_origin_kind is null)
        and (scheme_origin_kind is null or scheme_origin_kind in ('template', 'entries', 'blank', 'edited'))
        and (scheme_origin_kind is not distinct from 'template') = (scheme_origin_template_id is not null)
        and (scheme_origin_template_id is null) = (scheme_origin_template_version is null)`,
    )
    .addCheckConstraint('tender_lot_version_check', sql`version >= 1`)
    .execute();

  await sql`
    create function tender_lot_refuse_unless_draft() returns trigger
    language plpgsql as $$
    declare
      tender_state text;
    begin
      select state into tender_state from tender
        where id = case when tg_op = 'DELETE' then old.tender_id else new.tender_id end;
      if tender_state is distinct from 'draft' then
        raise exception 'lots change only while their tender is a draft: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end
    $$`.execute(db);
  await sql`create trigger tender_lot_refuse_unless_draft
    before insert or update or delete on tender_lot
    for each row execute function tender_lot_refuse_unless_draft()`.execute(db);

  await db.schema
    .createTable('tender_correction')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('previous_submission_deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('submission_deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('previous_questions_deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('questions_deadline', 'timestamptz', (col) => col.notNull())
    .addColumn('corrected_by', 'uuid', (col) => col.notNull())
    .addColumn('corrected_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_correction_pkey', ['tender_id', 'number'])
    .addForeignKeyConstraint('tender_correction_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('tender_correction_corrected_by_fkey', ['corrected_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint('tender_correction_number_check', sql`number >= 1`)
    .addCheckConstraint(
      'tender_correction_reason_check',
      sql`char_length(btrim(reason)) between 1 and 4000`,
    )
    .addCheckConstraint(
      'tender_correction_deadline_check',
      sql`submission_deadline >= previous_submission_deadline`,
    )
    .execute();

  await db.schema
    .createTable('tender_scheme_version')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    // Canonical JSON (RFC 8785), text and not jsonb: the commitment is the hash of these bytes.
    .addColumn('scheme', 'text', (col) => col.notNull())
    .addColumn('commitment', 'text', (col) => col.notNull())
    // Null for version 1, the one publication froze; else the correction that made it.
    .addColumn('correction_number', 'integer')
    .addColumn('created_by', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_scheme_version_pkey', ['tender_id', 'lot_number', 'number'])
    .addForeignKeyConstraint(
      'tender_scheme_version_lot_fkey',
      ['tender_id', 'lot_number'],
      'tender_lot',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint(
      'tender_scheme_version_correction_fkey',
      ['tender_id', 'correction_number'],
      'tender_correction',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint('tender_scheme_version_created_by_fkey', ['created_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint('tender_scheme_version_number_check', sql`number >= 1`)
    .addCheckConstraint(
      'tender_scheme_version_commitment_check',
      sql`commitment ~ '^[0-9a-f]{64}$'`,
    )
    .addCheckConstraint(
      'tender_scheme_version_correction_check',
      sql`(number = 1) = (correction_number is null)`,
    )
    .execute();

  await sql`
    create function tender_published_record_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'published tender records are immutable: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const table of ['tender_scheme_version', 'tender_correction']) {
    await sql`create trigger ${sql.raw(`${table}_refuse_update_delete`)}
      before update or delete on ${sql.table(table)}
      for each row execute function tender_published_record_refuse_change()`.execute(db);
    // TRUNCATE skips row triggers; only a statement-level trigger sees it.
    await sql`create trigger ${sql.raw(`${table}_refuse_truncate`)}
      before truncate on ${sql.table(table)}
      for each statement execute function tender_published_record_refuse_change()`.execute(db);
  }

  await db.schema
    .createTable('tender_team_member')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('capacity', 'text', (col) => col.notNull())
    // Only for deputies of opening officers: whom they stand in for.
    .addColumn('deputy_for_user_id', 'uuid')
    .addColumn('added_by', 'uuid', (col) => col.notNull())
    .addColumn('added_at', 'timestamptz', (col) => col.notNull())
    // § 6 VgV: the member declared no conflict of interest, with the text's version.
    .addColumn('declared_at', 'timestamptz')
    .addColumn('declaration_version', 'text')
    .addPrimaryKeyConstraint('tender_team_member_pkey', ['tender_id', 'user_id', 'capacity'])
    .addForeignKeyConstraint('tender_team_member_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint('tender_team_member_user_id_fkey', ['user_id'], 'app_user', ['id'])
    .addForeignKeyConstraint(
      'tender_team_member_deputy_for_fkey',
      ['deputy_for_user_id'],
      'app_user',
      ['id'],
    )
    .addForeignKeyConstraint('tender_team_member_added_by_fkey', ['added_by'], 'app_user', ['id'])
    .addCheckConstraint(
      'tender_team_member_capacity_check',
      sql`capacity in ('officer', 'openingOfficer', 'openingDeputy', 'evaluator', 'reviewer')`,
    )
    .addCheckConstraint(
      'tender_team_member_deputy_check',
      sql`(capacity = 'openingDeputy') = (deputy_for_user_id is not null)
        and deputy_for_user_id is distinct from user_id`,
    )
    .addCheckConstraint(
      'tender_team_member_declaration_check',
      sql`(declared_at is null) = (declaration_version is null)`,
    )
    .execute();
  await db.schema
    .createIndex('tender_team_member_user_id_idx')
    .on('tender_team_member')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('tender_interest')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('vendor'))
    .addColumn('registered_by_user_id', 'uuid')
    .addColumn('registered_by_api_key_id', 'text')
    .addColumn('registered_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_interest_pkey', ['tender_id', 'organisation_id'])
    .addForeignKeyConstraint('tender_interest_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint(
      'tender_interest_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('tender_interest_user_fkey', ['registered_by_user_id'], 'app_user', [
      'id',
    ])
    .addForeignKeyConstraint(
      'tender_interest_api_key_fkey',
      ['registered_by_api_key_id'],
      'api_key',
      ['id'],
    )
    .addCheckConstraint(
      'tender_interest_organisation_kind_check',
      sql`organisation_kind = 'vendor'`,
    )
    .addCheckConstraint(
      'tender_interest_registered_by_check',
      sql`(registered_by_user_id is null) <> (registered_by_api_key_id is null)`,
    )
    .execute();

  await db.schema
    .createTable('tender_question')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    // Numbered per tender in the order asked; answers are published under this number.
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('lot_number', 'integer')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('organisation_id', 'uuid', (col) => col.notNull())
    .addColumn('organisation_kind', 'text', (col) => col.notNull().defaultTo('vendor'))
    .addColumn('asked_by_user_id', 'uuid')
    .addColumn('asked_by_api_key_id', 'text')
    .addColumn('asked_at', 'timestamptz', (col) => col.notNull())
    // Asked after the last day for questions: stored and shown to the officers, flagged.
    .addColumn('late', 'boolean', (col) => col.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'uuid')
    .addColumn('answered_at', 'timestamptz')
    .addPrimaryKeyConstraint('tender_question_pkey', ['id'])
    .addUniqueConstraint('tender_question_tender_number_key', ['tender_id', 'number'])
    .addForeignKeyConstraint('tender_question_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addForeignKeyConstraint(
      'tender_question_lot_fkey',
      ['tender_id', 'lot_number'],
      'tender_lot',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint(
      'tender_question_organisation_fkey',
      ['organisation_id', 'organisation_kind'],
      'organisation',
      ['id', 'kind'],
      (fk) => fk.onUpdate('cascade'),
    )
    .addForeignKeyConstraint('tender_question_user_fkey', ['asked_by_user_id'], 'app_user', ['id'])
    .addForeignKeyConstraint('tender_question_api_key_fkey', ['asked_by_api_key_id'], 'api_key', [
      'id',
    ])
    .addForeignKeyConstraint('tender_question_answered_by_fkey', ['answered_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint('tender_question_number_check', sql`number >= 1`)
    .addCheckConstraint(
      'tender_question_organisation_kind_check',
      sql`organisation_kind = 'vendor'`,
    )
    .addCheckConstraint(
      'tender_question_text_check',
      sql`char_length(btrim(text)) between 1 and 4000`,
    )
    .addCheckConstraint(
      'tender_question_asked_by_check',
      sql`(asked_by_user_id is null) <> (asked_by_api_key_id is null)`,
    )
    .addCheckConstraint(
      'tender_question_answer_check',
      sql`(answer is null) = (answered_by is null) and (answer is null) = (answered_at is null)
        and (answer is null or char_length(btrim(answer)) between 1 and 8000)`,
    )
    .execute();

  await sql`
    create function tender_question_refuse_change() returns trigger
    language plpgsql as $$
    begin
      -- A question is kept as asked; its answer is given once and then kept.
      if tg_op = 'DELETE' or old.answer is not null
        or (new.id, new.tender_id, new.number, new.lot_number, new.text, new.organisation_id,
            new.asked_by_user_id, new.asked_by_api_key_id, new.asked_at, new.late)
          is distinct from
           (old.id, old.tender_id, old.number, old.lot_number, old.text, old.organisation_id,
            old.asked_by_user_id, old.asked_by_api_key_id, old.asked_at, old.late) then
        raise exception 'questions and their answers are kept as given: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger tender_question_refuse_change
    before update or delete on tender_question
    for each row execute function tender_question_refuse_change()`.execute(db);

  // Notices about tenders: corrections, answers, publication of a tender a vendor follows, and
  // cancellations (§ 63 (2) VgV: the bidders are told).
  await sql`alter table notice drop constraint notice_kind_check`.execute(db);
  await sql`alter table notice add constraint notice_kind_check
    check (kind in ('correction', 'clarification_answer', 'pre_award_information', 'cancellation'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table notice drop constraint notice_kind_check`.execute(db);
  await sql`alter table notice add constraint notice_kind_check
    check (kind in ('correction', 'clarification_answer', 'pre_award_information'))`.execute(db);
  for (const table of [
    'tender_question',
    'tender_interest',
    'tender_team_member',
    'tender_scheme_version',
    'tender_correction',
    'tender_lot',
    'tender',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function tender_question_refuse_change()`.execute(db);
  await sql`drop function tender_published_record_refuse_change()`.execute(db);
  await sql`drop function tender_lot_refuse_unless_draft()`.execute(db);
}
