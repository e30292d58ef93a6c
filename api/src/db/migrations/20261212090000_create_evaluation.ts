import { sql, type Kysely } from 'kysely';

/**
 * The evaluation of a tender's opened bids (ADR 0042), per bid and lot through the stages the law
 * prescribes (`domain/evaluation-stages`):
 * - `bid_stage_decision`: the decisions of the formal check, suitability and price check, each
 *   with its legal basis and reasons; a later decision of the same stage supersedes an earlier
 *   one (suitability re-confirmed, a price check after the answer), and none is ever changed.
 * - `bid_document_request`: requests for missing documents (Nachforderung, § 56 VgV) with the
 *   bidder's answer and the decision on it.
 * - `bid_clarification`: clarifications (Aufklärung, § 15 (5) VgV; the price check, § 60 VgV)
 *   as logged exchanges: question, answer, decision.
 * - `tender_score_sheet`, `tender_score`: each evaluator's blind scores of the ordinal award
 *   criteria, with justifications; `tender_consensus`: the panel's agreed score per bid and
 *   criterion, with the joint justification and, where the evaluators diverged, the lead's reason.
 * - `tender_lot_result`: the official result of a lot, as canonical text with its input, both
 *   hashed; `tender_award_decision`: the decision that the evaluation is complete.
 *
 * What the database itself guarantees: decisions, results and award decisions are never changed
 * or deleted; a request or clarification is answered once and decided once.
 *
 * Conversations gain the path `officialResult`: questions about a lot's official result.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // § 56 (2) S. 2 VgV: the authority may rule out requests for missing documents in the notice.
  await sql`alter table tender add column missing_document_requests text not null default 'allowed'
    constraint tender_missing_document_requests_check
    check (missing_document_requests in ('allowed', 'ruledOut'))`.execute(db);

  await db.schema
    .createTable('bid_stage_decision')
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    // The paragraph an exclusion rests on; for a pass, the stage's own basis.
    .addColumn('basis', 'text', (col) => col.notNull())
    .addColumn('reasons', 'text', (col) => col.notNull())
    // Canonical JSON: each criterion of the stage with its outcome, evidence and its date.
    .addColumn('checks', 'text', (col) => col.notNull().defaultTo('{}'))
    // The competition register's answer (§ 6 WRegG), asked from €30,000: the day it was asked.
    .addColumn('register_queried_on', 'date')
    .addColumn('decided_by', 'uuid', (col) => col.notNull())
    .addColumn('decided_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('bid_stage_decision_pkey', ['bid_id', 'stage', 'number'])
    .addForeignKeyConstraint('bid_stage_decision_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addForeignKeyConstraint('bid_stage_decision_decided_by_fkey', ['decided_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint(
      'bid_stage_decision_stage_check',
      sql`stage in ('formal', 'suitability', 'priceCheck')`,
    )
    .addCheckConstraint('bid_stage_decision_outcome_check', sql`outcome in ('passed', 'excluded')`)
    .addCheckConstraint('bid_stage_decision_number_check', sql`number >= 1`)
    .addCheckConstraint(
      'bid_stage_decision_reasons_check',
      sql`char_length(btrim(reasons)) between 1 and 8000 and char_length(btrim(basis)) between 1 and 200`,
    )
    .execute();

  await db.schema
    .createTable('bid_document_request')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    // What is asked for, in words the bidder reads.
    .addColumn('document', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    // The criterion the document concerns, if any: one that is scored may never be requested.
    .addColumn('criterion_id', 'text')
    .addColumn('insignificant_price_item', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('basis', 'text', (col) => col.notNull())
    // A calendar day, the last on which the bidder may answer (Europe/Berlin).
    .addColumn('deadline', 'date', (col) => col.notNull())
    .addColumn('requested_by', 'uuid', (col) => col.notNull())
    .addColumn('requested_at', 'timestamptz', (col) => col.notNull())
    .addColumn('answer_note', 'text')
    // JSON array of BidDocument: the documents supplied, by SHA-256.
    .addColumn('answer_documents', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by_user_id', 'uuid')
    // API keys' ids are text, as in `bid_submission.submitted_by_api_key_id`.
    .addColumn('answered_by_api_key_id', 'text')
    // How the answer came: null while unanswered; `bidder` in Tenderwise, `platform` when an
    // officer recorded what the bidder sent through the e-procurement platform (imported bids).
    .addColumn('answer_channel', 'text')
    .addColumn('decision', 'text')
    .addColumn('decision_reasons', 'text')
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addUniqueConstraint('bid_document_request_number_key', ['tender_id', 'number'])
    .addForeignKeyConstraint('bid_document_request_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addCheckConstraint(
      'bid_document_request_answer_channel_check',
      sql`answer_channel is null or answer_channel in ('bidder', 'platform')`,
    )
    .addForeignKeyConstraint('bid_document_request_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addCheckConstraint('bid_document_request_stage_check', sql`stage in ('formal', 'suitability')`)
    .addCheckConstraint(
      'bid_document_request_kind_check',
      sql`kind in ('company', 'offer', 'price')`,
    )
    .addCheckConstraint(
      'bid_document_request_action_check',
      sql`action in ('submit', 'complete', 'correct')`,
    )
    .addCheckConstraint(
      'bid_document_request_decision_check',
      sql`(decision is null and decided_at is null)
        or (decision in ('accepted', 'rejected') and decided_at is not null
            and decided_by is not null and decision_reasons is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('bid_document_request_bid_id_idx')
    .on('bid_document_request')
    .column('bid_id')
    .execute();

  await db.schema
    .createTable('bid_clarification')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('stage', 'text', (col) => col.notNull())
    .addColumn('question', 'text', (col) => col.notNull())
    // Canonical JSON of the engine's flags that opened a price clarification (§ 60 (1) VgV).
    .addColumn('flags', 'text')
    .addColumn('deadline', 'date', (col) => col.notNull())
    .addColumn('asked_by', 'uuid', (col) => col.notNull())
    .addColumn('asked_at', 'timestamptz', (col) => col.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('answered_by_user_id', 'uuid')
    // API keys' ids are text, as in `bid_submission.submitted_by_api_key_id`.
    .addColumn('answered_by_api_key_id', 'text')
    .addColumn('answer_channel', 'text')
    // What the authority made of the answer: the assessment the stage decision rests on.
    .addColumn('decision', 'text')
    .addColumn('decided_by', 'uuid')
    .addColumn('decided_at', 'timestamptz')
    .addUniqueConstraint('bid_clarification_number_key', ['tender_id', 'number'])
    .addForeignKeyConstraint('bid_clarification_tender_id_fkey', ['tender_id'], 'tender', ['id'])
    .addCheckConstraint(
      'bid_clarification_answer_channel_check',
      sql`answer_channel is null or answer_channel in ('bidder', 'platform')`,
    )
    .addForeignKeyConstraint('bid_clarification_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addCheckConstraint(
      'bid_clarification_stage_check',
      sql`stage in ('formal', 'suitability', 'priceCheck', 'award')`,
    )
    .addCheckConstraint(
      'bid_clarification_decision_check',
      sql`(decision is null and decided_at is null)
        or (decided_at is not null and decided_by is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('bid_clarification_bid_id_idx')
    .on('bid_clarification')
    .column('bid_id')
    .execute();

  await db.schema
    .createTable('tender_score_sheet')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addPrimaryKeyConstraint('tender_score_sheet_pkey', ['tender_id', 'lot_number', 'user_id'])
    .addForeignKeyConstraint(
      'tender_score_sheet_lot_fkey',
      ['tender_id', 'lot_number'],
      'tender_lot',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint('tender_score_sheet_user_id_fkey', ['user_id'], 'app_user', ['id'])
    .execute();

  await db.schema
    .createTable('tender_score')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('criterion_id', 'text', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('justification', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_score_pkey', [
      'tender_id',
      'lot_number',
      'user_id',
      'bid_id',
      'criterion_id',
    ])
    .addForeignKeyConstraint(
      'tender_score_sheet_fkey',
      ['tender_id', 'lot_number', 'user_id'],
      'tender_score_sheet',
      ['tender_id', 'lot_number', 'user_id'],
    )
    .addForeignKeyConstraint('tender_score_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addCheckConstraint('tender_score_score_check', sql`score between 0 and 10`)
    .addCheckConstraint(
      'tender_score_justification_check',
      sql`char_length(btrim(justification)) between 1 and 4000`,
    )
    .execute();

  await db.schema
    .createTable('tender_consensus')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('bid_id', 'uuid', (col) => col.notNull())
    .addColumn('criterion_id', 'text', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('justification', 'text', (col) => col.notNull())
    // Where the evaluators' scores diverged beyond the scheme's threshold: the lead's reason.
    .addColumn('resolution', 'text')
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_consensus_pkey', [
      'tender_id',
      'lot_number',
      'bid_id',
      'criterion_id',
    ])
    .addForeignKeyConstraint(
      'tender_consensus_lot_fkey',
      ['tender_id', 'lot_number'],
      'tender_lot',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint('tender_consensus_bid_id_fkey', ['bid_id'], 'bid', ['id'])
    .addForeignKeyConstraint('tender_consensus_recorded_by_fkey', ['recorded_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint('tender_consensus_score_check', sql`score between 0 and 10`)
    .addCheckConstraint(
      'tender_consensus_justification_check',
      sql`char_length(btrim(justification)) between 1 and 4000`,
    )
    .execute();

  await db.schema
    .createTable('tender_lot_result')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    .addColumn('lot_number', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    // RFC 8785 canonical JSON of everything the engine ran on; `input_sha256` over these bytes.
    .addColumn('input', 'text', (col) => col.notNull())
    .addColumn('input_sha256', 'text', (col) => col.notNull())
    // RFC 8785 canonical JSON of the engine's evaluation; `result_sha256` over these bytes.
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('result_sha256', 'text', (col) => col.notNull())
    .addColumn('computed_by', 'uuid', (col) => col.notNull())
    .addColumn('computed_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_lot_result_pkey', ['tender_id', 'lot_number', 'number'])
    .addForeignKeyConstraint(
      'tender_lot_result_lot_fkey',
      ['tender_id', 'lot_number'],
      'tender_lot',
      ['tender_id', 'number'],
    )
    .addForeignKeyConstraint(
      'tender_lot_result_scheme_version_fkey',
      ['tender_id', 'lot_number', 'scheme_version'],
      'tender_scheme_version',
      ['tender_id', 'lot_number', 'number'],
    )
    .addForeignKeyConstraint('tender_lot_result_computed_by_fkey', ['computed_by'], 'app_user', [
      'id',
    ])
    .addCheckConstraint(
      'tender_lot_result_sha256_check',
      sql`input_sha256 ~ '^[0-9a-f]{64}$' and result_sha256 ~ '^[0-9a-f]{64}$'`,
    )
    .execute();

  await db.schema
    .createTable('tender_award_decision')
    .addColumn('tender_id', 'uuid', (col) => col.notNull())
    // Canonical JSON: per lot, the number of the result the decision rests on.
    .addColumn('results', 'text', (col) => col.notNull())
    // Suitability is re-confirmed before the award (§ 122 GWB holds at the award): the day.
    .addColumn('suitability_reconfirmed_on', 'date', (col) => col.notNull())
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'uuid', (col) => col.notNull())
    .addColumn('decided_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('tender_award_decision_pkey', ['tender_id'])
    .addForeignKeyConstraint('tender_award_decision_tender_id_fkey', ['tender_id'], 'tender', [
      'id',
    ])
    .addForeignKeyConstraint('tender_award_decision_decided_by_fkey', ['decided_by'], 'app_user', [
      'id',
    ])
    .execute();

  await sql`
    create function evaluation_record_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'evaluation records are kept as stored: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const table of ['bid_stage_decision', 'tender_lot_result', 'tender_award_decision']) {
    await sql`create trigger ${sql.raw(`${table}_refuse_update_delete`)}
      before update or delete on ${sql.table(table)}
      for each row execute function evaluation_record_refuse_change()`.execute(db);
  }
  for (const table of [
    'bid_stage_decision',
    'tender_lot_result',
    'tender_award_decision',
    'bid_document_request',
    'bid_clarification',
    'tender_consensus',
  ]) {
    await sql`create trigger ${sql.raw(`${table}_refuse_truncate`)}
      before truncate on ${sql.table(table)}
      for each statement execute function evaluation_record_refuse_change()`.execute(db);
  }

  // A request or clarification is asked once, answered once and decided once: each phase adds
  // its columns to the row, and nothing written before is changed; nothing is deleted.
  await sql`
    create function evaluation_exchange_refuse_change() returns trigger
    language plpgsql as $$
    declare
      old_row jsonb := to_jsonb(old);
      new_row jsonb := to_jsonb(new);
      key text;
    begin
      if tg_op = 'DELETE' then
        raise exception 'a logged exchange is never deleted' using errcode = 'insufficient_privilege';
      end if;
      for key in select jsonb_object_keys(old_row) loop
        if old_row -> key <> 'null'::jsonb and old_row -> key is distinct from new_row -> key then
          raise exception 'a logged exchange is only added to: % changed', key
            using errcode = 'insufficient_privilege';
        end if;
      end loop;
      return new;
    end
    $$`.execute(db);
  for (const table of ['bid_document_request', 'bid_clarification']) {
    await sql`create trigger ${sql.raw(`${table}_refuse_change`)}
      before update or delete on ${sql.table(table)}
      for each row execute function evaluation_exchange_refuse_change()`.execute(db);
  }

  // The assistant explains a lot's official result (`officialResult`), tied to the tender and lot.
  await sql`alter table conversation add column lot_number integer`.execute(db);
  await sql`alter table conversation drop constraint conversation_path_check`.execute(db);
  await sql`alter table conversation add constraint conversation_path_check
    check (path in ('tender', 'optionsReview', 'results', 'officialResult'))`.execute(db);
  await sql`alter table conversation drop constraint conversation_object_check`.execute(db);
  await sql`alter table conversation add constraint conversation_object_check check (
    (tender_id is null or path in ('tender', 'officialResult'))
    and (options_review_id is null or path in ('optionsReview', 'results'))
    and (path <> 'results' or options_review_id is not null)
    and (path <> 'officialResult' or (tender_id is not null and lot_number is not null))
    and (lot_number is null or path = 'officialResult'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  // Conversations about official results keep their turns (append-only): with any, this fails.
  await sql`alter table conversation drop constraint conversation_object_check`.execute(db);
  await sql`alter table conversation drop constraint conversation_path_check`.execute(db);
  await sql`alter table conversation drop column lot_number`.execute(db);
  await sql`alter table conversation add constraint conversation_path_check
    check (path in ('tender', 'optionsReview', 'results'))`.execute(db);
  await sql`alter table conversation add constraint conversation_object_check check (
    (tender_id is null or path = 'tender')
    and (options_review_id is null or path in ('optionsReview', 'results'))
    and (path <> 'results' or options_review_id is not null))`.execute(db);
  for (const table of [
    'tender_award_decision',
    'tender_lot_result',
    'tender_consensus',
    'tender_score',
    'tender_score_sheet',
    'bid_clarification',
    'bid_document_request',
    'bid_stage_decision',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function evaluation_exchange_refuse_change()`.execute(db);
  await sql`drop function evaluation_record_refuse_change()`.execute(db);
  await sql`alter table tender drop column missing_document_requests`.execute(db);
}
