import type { EvaluationScheme, EvaluationStageName } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { NotFoundError, ValidationError, type FieldIssue } from '../../domain/errors.ts';
import type { Evaluation } from '../../engine/evaluation/evaluate.ts';
import { awardStageSource } from '../tender-evaluation/award-source.ts';
import { listEvaluatedBids, type EvaluatedBidRow } from '../tender-evaluation/evaluated-bids.ts';
import {
  excludedIn,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
} from '../tender-evaluation/stage-statuses.ts';
import {
  findLot,
  listSchemeVersionRows,
  storedTenderScheme,
} from '../tender-schemes/scheme-rows.ts';
import type { TenderScoreValues } from './score-rows.ts';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * The scheme the lot's bids are scored on: its latest published version, fixed since the
 * publication (§ 127 (5) GWB: the criteria and their weighting as published, nothing else).
 */
export async function scoredScheme(
  db: Db,
  tenderId: string,
  lotNumber: number,
): Promise<{ version: number; scheme: EvaluationScheme }> {
  await findLot(db, tenderId, lotNumber);
  const latest = (await listSchemeVersionRows(db, tenderId, lotNumber)).at(-1);
  if (latest === undefined) throw new NotFoundError(`Lot ${lotNumber} has no published scheme.`);
  return { version: latest.number, scheme: storedTenderScheme(latest.scheme) };
}

/** The ordinal award criteria of a scheme, the ones the panel scores, with each scale's top. */
export function ordinalScales(scheme: EvaluationScheme): Map<string, number> {
  const scales = new Map<string, number>();
  for (const node of scheme.award) if (node.kind === 'ordinal') scales.set(node.id, node.scale);
  return scales;
}

/** The lot's opened bids: those still in the procedure, and those a stage excluded. */
export interface LotBids {
  inProcedure: EvaluatedBidRow[];
  excluded: { bidId: string; stage: EvaluationStageName }[];
}

/**
 * The lot's opened bids in force, split by whether a stage excluded them. An excluded bid is out
 * of the procedure and never scored (§ 57 (1) VgV, §§ 123, 124 GWB). A bid whose formal check or
 * suitability is still open may be scored: the award may be evaluated before suitability
 * (§ 42 (3) VgV). An exclusion by the official result that rests only on the panel's own scores
 * (a published minimum score not reached) does not take the bid from the panel, which may still
 * correct its consensus; the next result then judges it again.
 */
export async function lotBids(db: Db, tenderId: string, lotNumber: number): Promise<LotBids> {
  const bids = await listEvaluatedBids(db, tenderId, { lotNumber });
  const ids = bids.map((bid) => bid.id);
  const decisions = await latestStageDecisions(db, ids);
  const running = await runningExchanges(db, ids);
  const award = await awardStageSource(db, tenderId, lotNumber);
  const byPanel = excludedByPanelScoresOnly(award.result?.result);
  const source = {
    ...award,
    excluded: new Map([...award.excluded].filter(([bidId]) => !byPanel.has(bidId))),
  };
  const split: LotBids = { inProcedure: [], excluded: [] };
  for (const bid of bids) {
    const stage = excludedIn(
      stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), source),
    );
    if (stage === null) split.inProcedure.push(bid);
    else split.excluded.push({ bidId: bid.id, stage });
  }
  return split;
}

/** The bids an official result excluded for nothing but a minimum score not reached. */
function excludedByPanelScoresOnly(result: string | undefined): Set<string> {
  if (result === undefined) return new Set();
  const evaluation = JSON.parse(result) as Evaluation;
  return new Set(
    evaluation.ranking
      .filter(
        (bid) =>
          bid.excluded &&
          bid.reasons.length > 0 &&
          bid.reasons.every((reason) => reason.code === 'belowMinimumScore'),
      )
      .map((bid) => bid.id),
  );
}

/**
 * Each score names a bid of the lot still in the procedure and an ordinal criterion of the
 * scheme, lies on that criterion's scale, and appears once; `locate` says where each value was
 * sent (the justification's presence and length the request schema already checked).
 */
export function checkScores(
  scores: readonly Pick<TenderScoreValues, 'bidId' | 'criterionId' | 'score'>[],
  scales: ReadonlyMap<string, number>,
  bids: LotBids,
  locate: (index: number, field: string) => Pick<FieldIssue, 'in' | 'pointer'>,
): void {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const inProcedure = new Set(bids.inProcedure.map((bid) => bid.id));
  const excluded = new Map(bids.excluded.map((bid) => [bid.bidId, bid.stage]));
  scores.forEach((entry, index) => {
    const scale = scales.get(entry.criterionId);
    const stage = excluded.get(entry.bidId);
    if (stage !== undefined) {
      issues.push({
        ...locate(index, 'bidId'),
        detail:
          `The bid was excluded in the ${stage} stage and is out of the procedure: it is not ` +
          'scored (§ 57 Abs. 1 VgV).',
      });
    } else if (!inProcedure.has(entry.bidId)) {
      issues.push({
        ...locate(index, 'bidId'),
        detail: 'The lot has no such opened bid in force.',
      });
    }
    if (scale === undefined) {
      issues.push({
        ...locate(index, 'criterionId'),
        detail:
          `"${entry.criterionId}" is no ordinal award criterion of the lot's scheme: the panel ` +
          'scores only those; the others are scored by the engine from the bid data.',
      });
    } else if (entry.score > scale) {
      issues.push({
        ...locate(index, 'score'),
        detail: `The criterion's published scale runs from 0 to ${scale}.`,
      });
    }
    const key = `${entry.bidId}/${entry.criterionId}`;
    if (seen.has(key)) {
      issues.push({
        ...locate(index, 'criterionId'),
        detail: 'The bid is scored on this criterion twice.',
      });
    }
    seen.add(key);
  });
  if (issues.length > 0) throw new ValidationError('A score does not fit the lot.', issues);
}
