import { sql, type Kysely } from 'kysely';

/**
 * The notice outbox (ADR 0036). A `notice` is what one recipient organisation (and optionally one
 * of its users) is told: in both languages, about one object, read in-app when `read_at` is set.
 * A `notice_delivery` is one e-mail to send for it; the dispatcher claims due rows, sends, and
 * records `dispatched_at` from the Clock.
 *
 * - A notice's content never changes: a trigger refuses any update but setting `read_at` once,
 *   and refuses DELETE and TRUNCATE, so the tender record can cite what was said and when.
 * - A dispatched delivery is final: a trigger refuses any update or delete of it, and TRUNCATE.
 * - `last_error` is a short code the application derives (`smtp_550`, `timeout`), never a mail
 *   server's text, which may echo addresses or credentials.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Lets a notice name a user together with the organisation the user must belong to.
  await db.schema
    .alterTable('app_user')
    .addUniqueConstraint('app_user_id_organisation_id_key', ['id', 'organisation_id'])
    .execute();
  await db.schema
    .createTable('notice')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('organisation_id', 'uuid', (col) => col.notNull().references('organisation.id'))
    .addColumn('user_id', 'uuid')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('subject_de', 'text', (col) => col.notNull())
    .addColumn('subject_en', 'text', (col) => col.notNull())
    .addColumn('body_de', 'text', (col) => col.notNull())
    .addColumn('body_en', 'text', (col) => col.notNull())
    .addColumn('object_type', 'text', (col) => col.notNull())
    .addColumn('object_id', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('read_at', 'timestamptz')
    .addPrimaryKeyConstraint('notice_pkey', ['id'])
    // The user must belong to the recipient organisation.
    .addForeignKeyConstraint('notice_user_fkey', ['user_id', 'organisation_id'], 'app_user', [
      'id',
      'organisation_id',
    ])
    .addCheckConstraint(
      'notice_kind_check',
      sql`kind in ('correction', 'clarification_answer', 'pre_award_information')`,
    )
    .addCheckConstraint('notice_object_type_check', sql`object_type ~ '^[a-z]+(_[a-z]+)*$'`)
    .addCheckConstraint(
      'notice_subject_check',
      sql`char_length(btrim(subject_de)) between 1 and 200
        and char_length(btrim(subject_en)) between 1 and 200
        and subject_de !~ '[\\r\\n]' and subject_en !~ '[\\r\\n]'`,
    )
    .addCheckConstraint(
      'notice_body_check',
      sql`char_length(btrim(body_de)) between 1 and 20000
        and char_length(btrim(body_en)) between 1 and 20000`,
    )
    .addCheckConstraint('notice_read_at_check', sql`read_at is null or read_at >= created_at`)
    .execute();
  await db.schema
    .createIndex('notice_recipient_idx')
    .on('notice')
    .columns(['organisation_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('notice_object_idx')
    .on('notice')
    .columns(['object_type', 'object_id'])
    .execute();

  await sql`
    create function notice_refuse_change() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.read_at is null and new.read_at is not null
        and (to_jsonb(new) - 'read_at') = (to_jsonb(old) - 'read_at') then
        return new;
      end if;
      raise exception 'notices are append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const statement of [
    sql`create trigger notice_refuse_update before update on notice
      for each row execute function notice_refuse_change()`,
    sql`create trigger notice_refuse_delete before delete on notice
      for each row execute function notice_refuse_change()`,
    sql`create trigger notice_refuse_truncate before truncate on notice
      for each statement execute function notice_refuse_change()`,
  ]) {
    await statement.execute(db);
  }

  await db.schema
    .createTable('notice_delivery')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('notice_id', 'uuid', (col) => col.notNull().references('notice.id'))
    .addColumn('channel', 'text', (col) => col.notNull().defaultTo('email'))
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('dispatched_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('notice_delivery_pkey', ['id'])
    .addUniqueConstraint('notice_delivery_address_key', ['notice_id', 'channel', 'address'])
    .addCheckConstraint('notice_delivery_channel_check', sql`channel = 'email'`)
    .addCheckConstraint(
      'notice_delivery_address_check',
      sql`char_length(address) between 3 and 254 and address ~ '^[^@\\s<>,;"]+@[^@\\s<>,;"]+$'`,
    )
    .addCheckConstraint('notice_delivery_attempts_check', sql`attempts >= 0`)
    .addCheckConstraint('notice_delivery_last_error_check', sql`last_error ~ '^[a-z0-9_]{1,40}$'`)
    // Dispatched or given up: nothing more to attempt.
    .addCheckConstraint(
      'notice_delivery_state_check',
      sql`dispatched_at is null or (next_attempt_at is null and attempts >= 1)`,
    )
    .execute();
  await db.schema
    .createIndex('notice_delivery_due_idx')
    .on('notice_delivery')
    .columns(['next_attempt_at', 'id'])
    .where(sql.ref('next_attempt_at'), 'is not', null)
    .execute();

  await sql`
    create function notice_delivery_refuse_change() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'TRUNCATE' or old.dispatched_at is not null or tg_op = 'DELETE' then
        raise exception 'dispatched notice deliveries are final: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      if new.id <> old.id or new.notice_id <> old.notice_id or new.channel <> old.channel
        or new.address <> old.address or new.created_at <> old.created_at
        or new.attempts < old.attempts then
        raise exception 'a notice delivery keeps its recipient: % refused', tg_op
          using errcode = 'insufficient_privilege';
      end if;
      return new;
    end
    $$`.execute(db);
  for (const statement of [
    sql`create trigger notice_delivery_refuse_update before update on notice_delivery
      for each row execute function notice_delivery_refuse_change()`,
    sql`create trigger notice_delivery_refuse_delete before delete on notice_delivery
      for each row execute function notice_delivery_refuse_change()`,
    sql`create trigger notice_delivery_refuse_truncate before truncate on notice_delivery
      for each statement execute function notice_delivery_refuse_change()`,
  ]) {
    await statement.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notice_delivery').execute();
  await sql`drop function notice_delivery_refuse_change()`.execute(db);
  await db.schema.dropTable('notice').execute();
  await sql`drop function notice_refuse_change()`.execute(db);
  await db.schema
    .alterTable('app_user')
    .dropConstraint('app_user_id_organisation_id_key')
    .execute();
}
