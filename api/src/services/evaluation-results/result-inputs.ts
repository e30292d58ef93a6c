import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The panel's agreed score of one ordinal criterion for one bid. */
export interface ConsensusScore {
  bidId: string;
  criterionId: string;
  score: number;
  justification: string;
}

/** One evaluator's score from a submitted sheet, kept beside the consensus to show divergence. */
export interface IndividualScoreRow {
  bidId: string;
  criterionId: string;
  evaluator: string;
  score: number;
}

/** The consensus scores of a lot. */
export async function consensusScores(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<ConsensusScore[]> {
  const rows = await db
    .selectFrom('tender_consensus')
    .select(['bid_id', 'criterion_id', 'score', 'justification'])
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber)
    .orderBy('bid_id')
    .orderBy('criterion_id')
    .execute();
  return rows.map((row) => ({
    bidId: row.bid_id,
    criterionId: row.criterion_id,
    score: row.score,
    justification: row.justification,
  }));
}

/**
 * The evaluators' scores of a lot from submitted sheets only: a sheet still being worked on is
 * its evaluator's alone (blind scoring) and no part of the record.
 */
export async function submittedScores(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<IndividualScoreRow[]> {
  const rows = await db
    .selectFrom('tender_score')
    .innerJoin('tender_score_sheet', (join) =>
      join
        .onRef('tender_score_sheet.tender_id', '=', 'tender_score.tender_id')
        .onRef('tender_score_sheet.lot_number', '=', 'tender_score.lot_number')
        .onRef('tender_score_sheet.user_id', '=', 'tender_score.user_id'),
    )
    .select([
      'tender_score.bid_id',
      'tender_score.criterion_id',
      'tender_score.user_id',
      'tender_score.score',
    ])
    .where('tender_score.tender_id', '=', tenderId)
    .where('tender_score.lot_number', '=', lotNumber)
    .where('tender_score_sheet.submitted_at', 'is not', null)
    .orderBy('tender_score.user_id')
    .execute();
  return rows.map((row) => ({
    bidId: row.bid_id,
    criterionId: row.criterion_id,
    evaluator: row.user_id,
    score: row.score,
  }));
}
