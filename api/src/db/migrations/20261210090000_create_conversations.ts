import { sql, type Kysely } from 'kysely';

/**
 * Conversations with the assistant (ADR 0039). A `conversation` belongs to the user who started
 * it, within their organisation, and once it has created one, to a draft tender or an options
 * review; `state` is where the dialogue stands (its step, the confirmed answers, a proposal
 * waiting for confirmation). A `conversation_turn` is one message, the person's or the
 * assistant's, numbered from 1.
 *
 * Turns are the record of how a tender or a review came about: a trigger refuses any UPDATE or
 * DELETE of a turn and TRUNCATE, so what was asked, answered and confirmed stays as it was.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('conversation')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull().references('organisation.id'))
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('path', 'text', (col) => col.notNull())
    .addColumn('language', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('tender_id', 'uuid', (col) => col.references('tender.id'))
    .addColumn('options_review_id', 'uuid', (col) => col.references('options_review.id'))
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('turn_count', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('conversation_pkey', ['id'])
    // The user must belong to the organisation the conversation is kept under.
    .addForeignKeyConstraint('conversation_user_fkey', ['user_id', 'organisation_id'], 'app_user', [
      'id',
      'organisation_id',
    ])
    .addCheckConstraint(
      'conversation_path_check',
      sql`path in ('tender', 'optionsReview', 'results')`,
    )
    .addCheckConstraint('conversation_language_check', sql`language in ('de', 'en')`)
    .addCheckConstraint(
      'conversation_status_check',
      sql`status in ('open', 'handedOver', 'closed')`,
    )
    .addCheckConstraint('conversation_turn_count_check', sql`turn_count >= 0`)
    .addCheckConstraint(
      'conversation_object_check',
      sql`(tender_id is null or path = 'tender')
        and (options_review_id is null or path in ('optionsReview', 'results'))
        and (path <> 'results' or options_review_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('conversation_user_idx')
    .on('conversation')
    .columns(['user_id', 'updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('conversation_tender_idx')
    .on('conversation')
    .column('tender_id')
    .execute();

  await db.schema
    .createTable('conversation_turn')
    .addColumn('conversation_id', 'uuid', (col) => col.notNull().references('conversation.id'))
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('speaker', 'text', (col) => col.notNull())
    .addColumn('step_id', 'text')
    /** The person's text, or the assistant's message in German. */
    .addColumn('text', 'text', (col) => col.notNull())
    /** The person's parsed input, or the assistant's whole message. */
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('conversation_turn_pkey', ['conversation_id', 'number'])
    .addCheckConstraint('conversation_turn_number_check', sql`number >= 1`)
    .addCheckConstraint('conversation_turn_speaker_check', sql`speaker in ('user', 'assistant')`)
    .addCheckConstraint('conversation_turn_text_check', sql`char_length(text) <= 20000`)
    .execute();

  await sql`
    create function conversation_turn_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'conversation turns are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  await sql`create trigger conversation_turn_refuse_update_delete
    before update or delete on conversation_turn
    for each row execute function conversation_turn_refuse_change()`.execute(db);
  // TRUNCATE skips row triggers; only a statement-level trigger sees it.
  await sql`create trigger conversation_turn_refuse_truncate
    before truncate on conversation_turn
    for each statement execute function conversation_turn_refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('conversation_turn').execute();
  await sql`drop function conversation_turn_refuse_change()`.execute(db);
  await db.schema.dropTable('conversation').execute();
}
