import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  OptionsReviewConsensusTable,
  OptionsReviewScoreSheetTable,
  OptionsReviewScoreTable,
} from '../tables/options-reviews.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type ScoreSheetRow = Selectable<OptionsReviewScoreSheetTable>;
export type ScoreRow = Selectable<OptionsReviewScoreTable>;
export type ConsensusRow = Selectable<OptionsReviewConsensusTable>;

/** Which sheet: a member's for one scheme version of a review. */
export interface SheetKey {
  reviewId: string;
  schemeVersion: number;
  userId: string;
}

/** What a score says, wherever it is stored. */
export interface ScoreValues {
  optionId: string;
  criterionId: string;
  score: number;
  justification: string;
}

export function findScoreSheet(db: Db, key: SheetKey): Promise<ScoreSheetRow | undefined> {
  return db
    .selectFrom('options_review_score_sheet')
    .selectAll()
    .where('review_id', '=', key.reviewId)
    .where('scheme_version', '=', key.schemeVersion)
    .where('user_id', '=', key.userId)
    .executeTakeFirst();
}

/** All sheets of a scheme version, drafts included; the caller decides what it may show. */
export function listScoreSheets(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<ScoreSheetRow[]> {
  return db
    .selectFrom('options_review_score_sheet')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .orderBy('submitted_at')
    .orderBy('user_id')
    .execute();
}

/** The scores of the named members' sheets of a scheme version. */
export function listScoresOf(
  db: Db,
  reviewId: string,
  schemeVersion: number,
  userIds: readonly string[],
): Promise<ScoreRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('options_review_score')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .where('user_id', 'in', userIds)
    .orderBy('user_id')
    .orderBy('option_id')
    .orderBy('criterion_id')
    .execute();
}

/** Replaces a draft sheet's scores, creating the sheet on its first save. */
export async function replaceDraftScores(
  db: Db,
  key: SheetKey,
  scores: readonly ScoreValues[],
  at: Date,
): Promise<void> {
  await db
    .insertInto('options_review_score_sheet')
    .values({
      review_id: key.reviewId,
      scheme_version: key.schemeVersion,
      user_id: key.userId,
      updated_at: at,
      submitted_at: null,
    })
    .onConflict((oc) =>
      oc.columns(['review_id', 'scheme_version', 'user_id']).doUpdateSet({ updated_at: at }),
    )
    .execute();
  await db
    .deleteFrom('options_review_score')
    .where('review_id', '=', key.reviewId)
    .where('scheme_version', '=', key.schemeVersion)
    .where('user_id', '=', key.userId)
    .execute();
  if (scores.length === 0) return;
  await db
    .insertInto('options_review_score')
    .values(
      scores.map((item) => ({
        review_id: key.reviewId,
        scheme_version: key.schemeVersion,
        user_id: key.userId,
        option_id: item.optionId,
        criterion_id: item.criterionId,
        score: item.score,
        justification: item.justification,
      })),
    )
    .execute();
}

/** Marks a draft sheet submitted; undefined when there is no draft to submit. */
export function markSheetSubmitted(
  db: Db,
  key: SheetKey,
  at: Date,
): Promise<ScoreSheetRow | undefined> {
  return db
    .updateTable('options_review_score_sheet')
    .set({ submitted_at: at, updated_at: at })
    .where('review_id', '=', key.reviewId)
    .where('scheme_version', '=', key.schemeVersion)
    .where('user_id', '=', key.userId)
    .where('submitted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function listConsensus(
  db: Db,
  reviewId: string,
  schemeVersion: number,
): Promise<ConsensusRow[]> {
  return db
    .selectFrom('options_review_consensus')
    .selectAll()
    .where('review_id', '=', reviewId)
    .where('scheme_version', '=', schemeVersion)
    .orderBy('option_id')
    .orderBy('criterion_id')
    .execute();
}

/** Records the consensus of an option on a criterion, replacing an earlier one. */
export function upsertConsensus(
  db: Db,
  key: { reviewId: string; schemeVersion: number },
  values: ScoreValues & { by: string; at: Date },
): Promise<ConsensusRow> {
  const row = {
    score: values.score,
    justification: values.justification,
    recorded_by: values.by,
    recorded_at: values.at,
  };
  return db
    .insertInto('options_review_consensus')
    .values({
      review_id: key.reviewId,
      scheme_version: key.schemeVersion,
      option_id: values.optionId,
      criterion_id: values.criterionId,
      ...row,
    })
    .onConflict((oc) =>
      oc.columns(['review_id', 'scheme_version', 'option_id', 'criterion_id']).doUpdateSet(row),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
