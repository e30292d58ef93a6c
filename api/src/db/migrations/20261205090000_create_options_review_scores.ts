import { sql, type Kysely } from 'kysely';

/**
 * Scoring of options reviews (ADR 0024): the members' score sheets, their scores, and the lead's
 * consensus scores, each for one scheme version, so a later version never reinterprets them.
 *
 * - A sheet is one member's for one scheme version; `submitted_at` set means final. Its scores
 *   hang off the sheet; a deleted option takes its scores and consensus with it, so no score
 *   names an option that does not exist (ADR 0024 names this as a consequence).
 * - A consensus score is one per (review, scheme version, option, criterion), recorded and
 *   replaced by the lead with a joint justification.
 * - Scores lie on 0…10, the widest scale; the service checks the criterion's own scale.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('options_review_score_sheet')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addPrimaryKeyConstraint('options_review_score_sheet_pkey', [
      'review_id',
      'scheme_version',
      'user_id',
    ])
    .addForeignKeyConstraint(
      'options_review_score_sheet_scheme_version_fkey',
      ['review_id', 'scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .addForeignKeyConstraint('options_review_score_sheet_user_id_fkey', ['user_id'], 'app_user', [
      'id',
    ])
    .execute();

  await db.schema
    .createTable('options_review_score')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('option_id', 'uuid', (col) => col.notNull())
    .addColumn('criterion_id', 'text', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('justification', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_score_pkey', [
      'review_id',
      'scheme_version',
      'user_id',
      'option_id',
      'criterion_id',
    ])
    .addForeignKeyConstraint(
      'options_review_score_sheet_fkey',
      ['review_id', 'scheme_version', 'user_id'],
      'options_review_score_sheet',
      ['review_id', 'scheme_version', 'user_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'options_review_score_option_id_fkey',
      ['option_id'],
      'options_review_option',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addCheckConstraint('options_review_score_score_check', sql`score between 0 and 10`)
    .addCheckConstraint(
      'options_review_score_justification_check',
      sql`char_length(btrim(justification)) between 1 and 4000`,
    )
    .execute();
  await db.schema
    .createIndex('options_review_score_option_id_idx')
    .on('options_review_score')
    .column('option_id')
    .execute();

  await db.schema
    .createTable('options_review_consensus')
    .addColumn('review_id', 'uuid', (col) => col.notNull())
    .addColumn('scheme_version', 'integer', (col) => col.notNull())
    .addColumn('option_id', 'uuid', (col) => col.notNull())
    .addColumn('criterion_id', 'text', (col) => col.notNull())
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('justification', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('options_review_consensus_pkey', [
      'review_id',
      'scheme_version',
      'option_id',
      'criterion_id',
    ])
    .addForeignKeyConstraint(
      'options_review_consensus_scheme_version_fkey',
      ['review_id', 'scheme_version'],
      'options_review_scheme_version',
      ['review_id', 'number'],
    )
    .addForeignKeyConstraint(
      'options_review_consensus_option_id_fkey',
      ['option_id'],
      'options_review_option',
      ['id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'options_review_consensus_recorded_by_fkey',
      ['recorded_by'],
      'app_user',
      ['id'],
    )
    .addCheckConstraint('options_review_consensus_score_check', sql`score between 0 and 10`)
    .addCheckConstraint(
      'options_review_consensus_justification_check',
      sql`char_length(btrim(justification)) between 1 and 4000`,
    )
    .execute();
  await db.schema
    .createIndex('options_review_consensus_option_id_idx')
    .on('options_review_consensus')
    .column('option_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('options_review_consensus').execute();
  await db.schema.dropTable('options_review_score').execute();
  await db.schema.dropTable('options_review_score_sheet').execute();
}
