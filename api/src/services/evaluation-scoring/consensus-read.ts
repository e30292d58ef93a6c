import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { listTeamMembers } from '../../db/repositories/tenders.ts';
import { panelOf, submittedSheets } from './panel.ts';
import { listConsensus, listScoresOf, listSheets } from './score-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The panel's consensus of one bid on one criterion, with the individual scores it rests on. */
export interface ConsensusEntry {
  score: number;
  justification: string;
  /** The panel's submitted scores (for the engine's divergence flags and the record). */
  individual: { evaluator: string; score: number }[];
}

/**
 * The recorded consensus of a lot by bid and criterion, for the official result: each with the
 * submitted individual scores of the evaluators now on the team.
 */
export async function consensusOf(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<Map<string, Map<string, ConsensusEntry>>> {
  const lot = { tenderId, lotNumber };
  const panel = panelOf(await listTeamMembers(db, tenderId));
  const submitted = submittedSheets(await listSheets(db, lot), panel).map((sheet) => sheet.user_id);
  const scores = await listScoresOf(db, lot, submitted);
  const found = new Map<string, Map<string, ConsensusEntry>>();
  for (const row of await listConsensus(db, lot)) {
    const byCriterion = found.get(row.bid_id) ?? new Map<string, ConsensusEntry>();
    byCriterion.set(row.criterion_id, {
      score: row.score,
      justification: row.justification,
      individual: scores
        .filter((item) => item.bid_id === row.bid_id && item.criterion_id === row.criterion_id)
        .map((item) => ({ evaluator: item.user_id, score: item.score })),
    });
    found.set(row.bid_id, byCriterion);
  }
  return found;
}
