import type { BidEvaluationSummary, EvaluationScheme } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { DecidedStage } from '../../db/tables/evaluation.ts';
import { mayWorkOn, type EvaluationStage } from '../../domain/evaluation-stages/stages.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { bidderOf } from '../bid-opening/opening-record.ts';
import { storedTenderScheme } from '../tender-schemes/scheme-rows.ts';
import { awardStageSource } from '../tender-evaluation/award-source.ts';
import { listEvaluatedBids, type EvaluatedBidRow } from '../tender-evaluation/evaluated-bids.ts';
import {
  domainStages,
  excludedIn,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
  type BidStageViews,
  type StageDecisionRow,
} from '../tender-evaluation/stage-statuses.ts';

type Db = Kysely<DB> | Transaction<DB>;

export const bidNotFound = 'Nothing exists at this address.';

/** Where the bids of one lot stand: each opened bid in force with its stage views. */
export interface LotStanding {
  lotNumber: number;
  bids: EvaluatedBidRow[];
  views: Map<string, BidStageViews>;
  decisions: Map<string, Map<DecidedStage, StageDecisionRow>>;
}

export async function lotStanding(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<LotStanding> {
  const bids = await listEvaluatedBids(db, tenderId, { lotNumber });
  const ids = bids.map((bid) => bid.id);
  const [decisions, running, award] = await Promise.all([
    latestStageDecisions(db, ids),
    runningExchanges(db, ids),
    awardStageSource(db, tenderId, lotNumber),
  ]);
  const views = new Map(
    bids.map((bid) => [
      bid.id,
      stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), award),
    ]),
  );
  return { lotNumber, bids, views, decisions };
}

export function summaryOf(bid: EvaluatedBidRow, views: BidStageViews): BidEvaluationSummary {
  return {
    bidId: bid.id,
    lotNumber: bid.lotNumber,
    bidder: bidderOf(bid.content),
    late: bid.late,
    source: bid.source,
    stages: views,
    excludedIn: excludedIn(views),
  };
}

/** The bids of the lot not excluded in any stage: those still in the procedure. */
export function bidsInProcedure(standing: LotStanding): EvaluatedBidRow[] {
  return standing.bids.filter((bid) => excludedIn(standing.views.get(bid.id)!) === null);
}

/** The opened bid in force of the tender, or 404 (a withdrawn or unopened bid is not evaluated). */
export async function evaluatedBid(
  db: Db,
  tenderId: string,
  bidId: string,
): Promise<EvaluatedBidRow> {
  const [bid] = await listEvaluatedBids(db, tenderId, { bidId });
  if (bid === undefined) throw new NotFoundError(bidNotFound);
  return bid;
}

/** The scheme in force for the lot: its latest published version (corrections included). */
export async function lotScheme(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<EvaluationScheme | null> {
  const row = await db
    .selectFrom('tender_scheme_version')
    .select('scheme')
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? null : storedTenderScheme(row.scheme);
}

/**
 * Refuses work on a stage the rules of `domain/evaluation-stages` do not open now: nothing more
 * for an excluded bid, and the formal check first (§ 57 VgV; § 42 (3) VgV lets the other stages
 * run in any order after it).
 */
export function requireWorkable(views: BidStageViews, stage: EvaluationStage): void {
  const stages = domainStages(views);
  if (mayWorkOn(stages, stage)) return;
  const excluded = excludedIn(views);
  if (excluded !== null) {
    throw new ConflictError(
      `The bid was excluded in the ${excluded} stage: nothing more is evaluated for it (§ 57 VgV).`,
    );
  }
  throw new ConflictError(
    'The formal check comes first: a bid that has not passed it is not evaluated further ' +
      '(§ 57 Abs. 1 VgV).',
  );
}
