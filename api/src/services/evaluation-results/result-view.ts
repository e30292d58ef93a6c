import type { EvaluationScheme, OfficialResult } from '@tenderwise/schema';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { toNumber } from '../../engine/arithmetic/rational.ts';
import type { Evaluation } from '../../engine/evaluation/evaluate.ts';
import { scoreMatrixOf } from '../../engine/numeric/score-matrix.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import { effectiveWeights } from '../../engine/scheme/effective-weights.ts';
import { weightStability } from '../../engine/sensitivity/stability.ts';
import { bidderOf } from '../bid-opening/opening-record.ts';
import type { LotResultRow } from '../tender-evaluation/award-source.ts';
import { awardStageSource } from '../tender-evaluation/award-source.ts';
import { listEvaluatedBids } from '../tender-evaluation/evaluated-bids.ts';
import {
  excludedIn,
  latestStageDecisions,
  runningExchanges,
  stageViewsOf,
} from '../tender-evaluation/stage-statuses.ts';
import type { OfficialInput } from './engine-bids.ts';

type Db = Kysely<DB> | Transaction<DB>;

const sensitivityNote = {
  de: 'Nur zur Information: wie weit sich das Gewicht eines Kriteriums ändern dürfte, ohne dass ein anderes Angebot Rang 1 erreicht. Sie ändert das amtliche Ergebnis nicht; nach der Öffnung gilt allein die veröffentlichte Gewichtung (§ 127 Abs. 5 GWB).',
  en: 'Information only: how far a criterion’s weight could move before another bid ranks first. It does not change the official result; after the opening only the published weighting applies (§ 127 (5) GWB).',
} as const;

/** Adding 0 turns a negative zero into zero, so JSON shows 0. */
const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits + 0;

/**
 * The official result as the team compares the bids: the stored evaluation, every bid in force
 * with its stage statuses (those excluded in a stage included) and the consensus scores the result
 * ran on, the criteria with their weights, and the weight stability as information.
 */
export async function officialResultView(
  db: Db,
  tenderId: string,
  lotNumber: number,
  row: LotResultRow,
  /** The row's input and result already parsed, where the caller just made them. */
  parsed?: { input: OfficialInput; evaluation: Evaluation },
): Promise<OfficialResult> {
  const input = parsed?.input ?? (JSON.parse(row.input) as OfficialInput);
  const evaluation = parsed?.evaluation ?? (JSON.parse(row.result) as Evaluation);
  const award = await awardStageSource(db, tenderId, lotNumber);
  const bids = await listEvaluatedBids(db, tenderId, { lotNumber });
  const ids = bids.map((bid) => bid.id);
  const [decisions, running] = await Promise.all([
    latestStageDecisions(db, ids),
    runningExchanges(db, ids),
  ]);
  const inResult = new Map(input.bids.map((bid) => [bid.id, bid]));
  return {
    tenderId,
    lotNumber,
    number: row.number,
    schemeVersion: row.scheme_version,
    schemeCommitment: input.schemeCommitment,
    computedAt: row.computed_at.toISOString(),
    computedBy: row.computed_by,
    current: award.result?.number === row.number && award.current,
    inputSha256: row.input_sha256,
    resultSha256: row.result_sha256,
    evaluation,
    draw:
      input.options.drawOrder === undefined || input.drawRecord === undefined
        ? null
        : { order: input.options.drawOrder, record: input.drawRecord },
    criteria: criteriaOf(input.scheme),
    bids: bids.map((bid) => {
      const stages = stageViewsOf(bid.id, decisions.get(bid.id), running.get(bid.id), award);
      const evaluated = inResult.get(bid.id);
      return {
        bidId: bid.id,
        bidder: bidderOf(bid.content),
        late: bid.late,
        stages,
        excludedIn: excludedIn(stages),
        inResult: evaluated !== undefined,
        scores: Object.entries(evaluated?.assessments ?? {}).flatMap(([criterionId, item]) =>
          item.kind === 'ordinal'
            ? [{ criterionId, score: item.score, justification: item.justification?.en ?? '' }]
            : [],
        ),
      };
    }),
    sensitivity: sensitivityOf(input),
  };
}

/** The award tree in the scheme's order, with each node's effective weight. */
function criteriaOf(scheme: EvaluationScheme): OfficialResult['criteria'] {
  const leaves = effectiveWeights(scheme.award);
  const percentOf = new Map<string, number>();
  const byId = new Map(scheme.award.map((node) => [node.id, node]));
  for (const [id, { weight }] of leaves) {
    const percent = toNumber(weight, 6) * 100;
    // A group weighs what its leaves weigh together.
    for (let node = byId.get(id); node; node = node.parentId ? byId.get(node.parentId) : undefined)
      percentOf.set(node.id, (percentOf.get(node.id) ?? 0) + percent);
  }
  return scheme.award.map((node) => ({
    id: node.id,
    parentId: node.parentId,
    kind: node.kind,
    title: node.title,
    weightBp: node.weightBp,
    weightPercent: round(percentOf.get(node.id) ?? 0, 4),
  }));
}

/** Weight stability of the official ranking, at the published weights; information only. */
function sensitivityOf(input: OfficialInput): OfficialResult['sensitivity'] {
  const margin = 1;
  const empty = { informational: true as const, note: sensitivityNote, margin };
  let stability;
  try {
    const matrix = scoreMatrixOf(input.scheme, input.bids, input.options.referenceDate);
    if (matrix.bidIds.length === 0) {
      return { ...empty, notAnalysable: 'No bid is ranked.', noClearWinner: false, criteria: [] };
    }
    stability = weightStability(matrix, { margin });
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    return {
      ...empty,
      notAnalysable: error.issues.map((issue) => issue.message).join('; '),
      noClearWinner: false,
      criteria: [],
    };
  }
  return {
    ...empty,
    notAnalysable: null,
    noClearWinner: stability.noClearWinner,
    criteria: stability.nodes.map((node) => ({
      nodeId: node.nodeId,
      kind: node.kind,
      share: round(node.share),
      parentWeight: round(node.parentWeight),
      stable: { from: round(node.stableFrom), to: round(node.stableTo) },
      swaps: node.swaps.map(({ above, below, atShare }) => ({
        above,
        below,
        atShare: atShare === null ? null : round(atShare),
      })),
    })),
  };
}
