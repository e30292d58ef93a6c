import { sql, type Kysely } from 'kysely';

/**
 * Weighting together in options reviews (ADR 0024, ADR 0026): each member's current weight set
 * for a scheme version, the lead's adoptions, and which adoption a concluded review used.
 *
 * - A weight set is one per (review, scheme version, member); saving again replaces it. `sets`
 *   holds what the member entered per sibling set (canonical JSON), `weights` the basis points
 *   of every node that follow from it.
 * - Adoptions are numbered 1, 2, 3 … per scheme version, appended and never changed: triggers refuse UPDATE, DELETE and TRUNCATE, so
 *   the history of who adopted which weights, and why, stays as it was recorded.
 * - A concluded review may name the adoption it used; null when none was adopted.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('options_review_weight_set')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('sets', 'text', (col) => col.notNull())
    .addColumn('weights', 'text', (col) => col.notNull())
    .addColumn('saved_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_weight_set_pkey', [
      'review_id',
      'scheme_version',
      'user_id',
    ])
    .addForeignKeyConstraint(
      'options_review_weight_set_scheme_version_fkey',
      ['review_id', 'scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .addForeignKeyConstraint('options_review_weight_set_user_id_fkey', ['user_id'], 'app_user', [
      'id',
    ])
    .execute();

  await db.schema
    .createTable('options_review_weight_adoption')
    .addColumn('id', 'uuid', (col) => col.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('number', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('member_user_id', 'uuid')
    .addColumn('weights', 'text', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('adopted_by', 'uuid', (col) => col.notNull())
    .addColumn('adopted_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_weight_adoption_pkey', ['id'])
    .addUniqueConstraint('options_review_weight_adoption_review_id_id_key', ['review_id', 'id'])
    .addUniqueConstraint('options_review_weight_adoption_number_key', [
      'review_id',
      'scheme_version',
      'number',
    ])
    .addForeignKeyConstraint(
      'options_review_weight_adoption_scheme_version_fkey',
      ['review_id', 'scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .addForeignKeyConstraint(
      'options_review_weight_adoption_member_user_id_fkey',
      ['member_user_id'],
      'app_user',
      ['id'],
    )
    .addForeignKeyConstraint(
      'options_review_weight_adoption_adopted_by_fkey',
      ['adopted_by'],
      'app_user',
      ['id'],
    )
    .addCheckConstraint(
      'options_review_weight_adoption_kind_check',
      sql`kind in ('geometricMean', 'mean', 'member', 'custom')
        and (kind = 'member') = (member_user_id is not null)`,
    )
    .addCheckConstraint(
      'options_review_weight_adoption_reason_check',
      sql`char_length(btrim(reason)) between 1 and 4000`,
    )
    .addCheckConstraint('options_review_weight_adoption_number_check', sql`number >= 1`)
    .execute();

  await sql`
    create function options_review_weight_adoption_refuse_change() returns trigger
    language plpgsql as $$
    begin
      raise exception 'weight adoptions are appended only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
    end
    $$`.execute(db);
  for (const statement of [
    sql`create trigger options_review_weight_adoption_refuse_update
      before update on options_review_weight_adoption
      for each row execute function options_review_weight_adoption_refuse_change()`,
    sql`create trigger options_review_weight_adoption_refuse_delete
      before delete on options_review_weight_adoption
      for each row execute function options_review_weight_adoption_refuse_change()`,
    // TRUNCATE skips row triggers; only a statement-level trigger sees it.
    sql`create trigger options_review_weight_adoption_refuse_truncate
      before truncate on options_review_weight_adoption
      for each statement execute function options_review_weight_adoption_refuse_change()`,
  ]) {
    await statement.execute(db);
  }

  await db.schema
    .alterTable('options_review')
    .addColumn('concluded_weight_adoption_id', 'uuid')
    .execute();
  await db.schema
    .alterTable('options_review')
    .addForeignKeyConstraint(
      'options_review_concluded_weight_adoption_fkey',
      ['id', 'concluded_weight_adoption_id'],
      'options_review_weight_adoption',
      ['review_id', 'id'],
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('options_review')
    .dropConstraint('options_review_concluded_weight_adoption_fkey')
    .execute();
  await db.schema.alterTable('options_review').dropColumn('concluded_weight_adoption_id').execute();
  await db.schema.dropTable('options_review_weight_adoption').execute();
  await sql`drop function options_review_weight_adoption_refuse_change()`.execute(db);
  await db.schema.dropTable('options_review_weight_set').execute();
}
