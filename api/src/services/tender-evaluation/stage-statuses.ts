import type { StageStatusView } from '@tenderwise/schema';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { BidStageDecisionTable, DecidedStage } from '../../db/tables/evaluation.ts';
import type { DB } from '../../db/types.ts';
import {
  evaluationStages,
  exclusionOf,
  stageBases,
  type BidStages,
  type EvaluationStage,
} from '../../domain/evaluation-stages/stages.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type StageDecisionRow = Selectable<BidStageDecisionTable>;

/** Where one bid stands in every stage, as the team reads it. */
export type BidStageViews = Record<EvaluationStage, StageStatusView>;

/** What the award stage of a bid reads from the lot's official result in force. */
export interface AwardStageSource {
  /** The result's time; null when the lot has none. */
  computedAt: Date | null;
  computedBy: string | null;
  /** Whether the result still rests on the current decisions and consensus. */
  current: boolean;
  /** The bids the result excluded (a gate not met), with the engine's basis and reasons. */
  excluded: ReadonlyMap<string, { basis: string; reasons: string }>;
  /** The bids the result ranked. */
  ranked: ReadonlySet<string>;
}

/** The latest decision of each decided stage, per bid. */
export async function latestStageDecisions(
  db: Db,
  bidIds: readonly string[],
): Promise<Map<string, Map<DecidedStage, StageDecisionRow>>> {
  const latest = new Map<string, Map<DecidedStage, StageDecisionRow>>();
  if (bidIds.length === 0) return latest;
  const rows = await db
    .selectFrom('bid_stage_decision')
    .selectAll()
    .where('bid_id', 'in', bidIds)
    .orderBy('number')
    .execute();
  for (const row of rows) {
    const stages = latest.get(row.bid_id) ?? new Map<DecidedStage, StageDecisionRow>();
    stages.set(row.stage, row);
    latest.set(row.bid_id, stages);
  }
  return latest;
}

/**
 * The exchanges with bidders still undecided, per bid and stage, with the latest deadline among
 * them: while one runs, its stage waits for the bidder.
 */
export async function runningExchanges(
  db: Db,
  bidIds: readonly string[],
): Promise<Map<string, Map<EvaluationStage, string>>> {
  const running = new Map<string, Map<EvaluationStage, string>>();
  if (bidIds.length === 0) return running;
  const [requests, clarifications] = await Promise.all([
    db
      .selectFrom('bid_document_request')
      .select(['bid_id', 'stage', 'deadline'])
      .where('bid_id', 'in', bidIds)
      .where('decided_at', 'is', null)
      .execute(),
    db
      .selectFrom('bid_clarification')
      .select(['bid_id', 'stage', 'deadline'])
      .where('bid_id', 'in', bidIds)
      .where('decided_at', 'is', null)
      .execute(),
  ]);
  for (const row of [...requests, ...clarifications]) {
    const stages = running.get(row.bid_id) ?? new Map<EvaluationStage, string>();
    const until = stages.get(row.stage);
    if (until === undefined || row.deadline > until) stages.set(row.stage, row.deadline);
    running.set(row.bid_id, stages);
  }
  return running;
}

/**
 * A bid's status in every stage: waiting while an exchange of that stage runs; otherwise the
 * stage's latest decision; the award stage from the lot's official result while that is current.
 * Stages after an exclusion stay as they are: nothing more is worked on for the bid.
 */
export function stageViewsOf(
  bidId: string,
  decisions: ReadonlyMap<DecidedStage, StageDecisionRow> | undefined,
  running: ReadonlyMap<EvaluationStage, string> | undefined,
  award: AwardStageSource,
): BidStageViews {
  const view = (stage: EvaluationStage): StageStatusView => {
    const until = running?.get(stage);
    if (until !== undefined) return { state: 'waiting', until };
    if (stage === 'award') {
      if (award.computedAt === null || !award.current) return { state: 'open' };
      const excluded = award.excluded.get(bidId);
      const at = award.computedAt.toISOString();
      if (excluded !== undefined) {
        return { state: 'excluded', ...excluded, decidedAt: at, decidedBy: award.computedBy };
      }
      if (!award.ranked.has(bidId)) return { state: 'open' };
      return {
        state: 'passed',
        basis: stageBases.award.join(', '),
        decidedAt: at,
        decidedBy: award.computedBy,
      };
    }
    const decision = decisions?.get(stage);
    if (decision === undefined) return { state: 'open' };
    const decided = {
      decidedAt: decision.decided_at.toISOString(),
      decidedBy: decision.decided_by,
    };
    return decision.outcome === 'passed'
      ? { state: 'passed', basis: decision.basis, ...decided }
      : { state: 'excluded', basis: decision.basis, reasons: decision.reasons, ...decided };
  };
  return Object.fromEntries(evaluationStages.map((stage) => [stage, view(stage)])) as BidStageViews;
}

/** The views as the stage rules of `domain/evaluation-stages` read them. */
export function domainStages(views: BidStageViews): BidStages {
  return Object.fromEntries(
    evaluationStages.map((stage) => {
      const view = views[stage];
      switch (view.state) {
        case 'open':
          return [stage, { state: 'open' }];
        case 'waiting':
          return [stage, { state: 'waiting', until: view.until }];
        case 'passed':
          return [stage, { state: 'passed' }];
        case 'excluded':
          return [stage, { state: 'excluded', basis: view.basis, reasons: view.reasons }];
      }
    }),
  ) as unknown as BidStages;
}

/** The stage that excluded the bid, in the stages' order, or null. */
export function excludedIn(views: BidStageViews): EvaluationStage | null {
  return exclusionOf(domainStages(views));
}
