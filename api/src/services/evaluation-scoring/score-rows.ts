import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  TenderConsensusTable,
  TenderScoreSheetTable,
  TenderScoreTable,
} from '../../db/tables/evaluation.ts';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type TenderScoreSheetRow = Selectable<TenderScoreSheetTable>;
export type TenderScoreRow = Selectable<TenderScoreTable>;
export type TenderConsensusRow = Selectable<TenderConsensusTable>;

/** A lot of a tender: what sheets, scores and consensus belong to. */
export interface LotKey {
  tenderId: string;
  lotNumber: number;
}

/** What a score says, wherever it is stored. */
export interface TenderScoreValues {
  bidId: string;
  criterionId: string;
  score: number;
  justification: string;
}

/** All sheets of a lot, drafts included; the caller decides what it may show. */
export function listSheets(db: Db, lot: LotKey): Promise<TenderScoreSheetRow[]> {
  return db
    .selectFrom('tender_score_sheet')
    .selectAll()
    .where('tender_id', '=', lot.tenderId)
    .where('lot_number', '=', lot.lotNumber)
    .orderBy('submitted_at')
    .orderBy('user_id')
    .execute();
}

/** The scores of the named users' sheets of a lot. */
export function listScoresOf(
  db: Db,
  lot: LotKey,
  userIds: readonly string[],
): Promise<TenderScoreRow[]> {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('tender_score')
    .selectAll()
    .where('tender_id', '=', lot.tenderId)
    .where('lot_number', '=', lot.lotNumber)
    .where('user_id', 'in', userIds)
    .orderBy('user_id')
    .orderBy('bid_id')
    .orderBy('criterion_id')
    .execute();
}

/** Replaces an unsubmitted sheet's scores, creating the sheet on its first save. */
export async function replaceSheetScores(
  db: Db,
  lot: LotKey,
  userId: string,
  scores: readonly TenderScoreValues[],
  at: Date,
): Promise<void> {
  await db
    .insertInto('tender_score_sheet')
    .values({
      tender_id: lot.tenderId,
      lot_number: lot.lotNumber,
      user_id: userId,
      updated_at: at,
      submitted_at: null,
    })
    .onConflict((oc) =>
      oc.columns(['tender_id', 'lot_number', 'user_id']).doUpdateSet({ updated_at: at }),
    )
    .execute();
  await db
    .deleteFrom('tender_score')
    .where('tender_id', '=', lot.tenderId)
    .where('lot_number', '=', lot.lotNumber)
    .where('user_id', '=', userId)
    .execute();
  if (scores.length === 0) return;
  await db
    .insertInto('tender_score')
    .values(
      scores.map((item) => ({
        tender_id: lot.tenderId,
        lot_number: lot.lotNumber,
        user_id: userId,
        bid_id: item.bidId,
        criterion_id: item.criterionId,
        score: item.score,
        justification: item.justification,
      })),
    )
    .execute();
}

/** Marks an unsubmitted sheet submitted; undefined when there is none to submit. */
export function markSubmitted(
  db: Db,
  lot: LotKey,
  userId: string,
  at: Date,
): Promise<TenderScoreSheetRow | undefined> {
  return db
    .updateTable('tender_score_sheet')
    .set({ submitted_at: at, updated_at: at })
    .where('tender_id', '=', lot.tenderId)
    .where('lot_number', '=', lot.lotNumber)
    .where('user_id', '=', userId)
    .where('submitted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function listConsensus(db: Db, lot: LotKey): Promise<TenderConsensusRow[]> {
  return db
    .selectFrom('tender_consensus')
    .selectAll()
    .where('tender_id', '=', lot.tenderId)
    .where('lot_number', '=', lot.lotNumber)
    .orderBy('bid_id')
    .orderBy('criterion_id')
    .execute();
}

/** Records the consensus of a bid on a criterion, replacing an earlier one. */
export function upsertConsensus(
  db: Db,
  lot: LotKey,
  values: TenderScoreValues & { resolution: string | null; by: string; at: Date },
): Promise<TenderConsensusRow> {
  const row = {
    score: values.score,
    justification: values.justification,
    resolution: values.resolution,
    recorded_by: values.by,
    recorded_at: values.at,
  };
  return db
    .insertInto('tender_consensus')
    .values({
      tender_id: lot.tenderId,
      lot_number: lot.lotNumber,
      bid_id: values.bidId,
      criterion_id: values.criterionId,
      ...row,
    })
    .onConflict((oc) =>
      oc.columns(['tender_id', 'lot_number', 'bid_id', 'criterion_id']).doUpdateSet(row),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
