import type {
  EngineScoredCriterion,
  EvaluationScheme,
  ScoredBid,
  ScoredCriterion,
  TenderScoringResponse,
} from '@tenderwise/schema';
import { bidderOf } from '../bid-opening/opening-record.ts';
import type { ServiceContext } from '../context.ts';
import type { TenderAccess } from '../tenders/tender-access.ts';
import { teamUserIds } from '../tenders/tender-access.ts';
import { allSubmitted, divergencesOf, panelOf, sheetOf, submittedSheets } from './panel.ts';
import { listConsensus, listScoresOf, listSheets } from './score-rows.ts';
import { lotBids, scoredScheme, type LotBids } from './scoring-rules.ts';

/**
 * The scoring of one lot as one member of the team may see it. Blindness is a rule of this read,
 * not of the policy: an evaluator sees the others' scores, the spread they make and the consensus
 * only once their own sheet is submitted, so that no score is given under another's influence.
 * Officers, who record the consensus and score nothing, see the submitted sheets; reviewers see
 * them once the whole panel has submitted.
 */
export async function readTenderScoring(
  db: ServiceContext['db'],
  { access, userId, lotNumber }: { access: TenderAccess; userId: string; lotNumber: number },
): Promise<TenderScoringResponse> {
  const tenderId = access.tender.id;
  const lot = { tenderId, lotNumber };
  const { version, scheme } = await scoredScheme(db, tenderId, lotNumber);
  const bids = await lotBids(db, tenderId, lotNumber);
  const panel = panelOf(access.team);
  const sheets = await listSheets(db, lot);
  const submitted = submittedSheets(sheets, panel);
  const isEvaluator = panel.includes(userId);
  const mine = sheets.find((sheet) => sheet.user_id === userId);
  const seesPanel = isEvaluator
    ? mine?.submitted_at != null
    : teamUserIds(access.team, 'officer').includes(userId) || allSubmitted(sheets, panel);
  const visible = new Set(seesPanel ? submitted.map((sheet) => sheet.user_id) : []);
  if (isEvaluator) visible.add(userId);
  const scores = await listScoresOf(db, lot, [...visible]);
  const submittedScores = scores.filter((row) =>
    submitted.some((sheet) => sheet.user_id === row.user_id),
  );
  return {
    tenderId,
    lotNumber,
    schemeVersion: version,
    divergenceThreshold: scheme.divergenceThreshold,
    criteria: scoredCriteria(scheme),
    scoredByEngine: engineCriteria(scheme),
    bids: scoredBids(scheme, bids),
    excludedBids: bids.excluded,
    evaluators: panel.map((evaluator) => ({
      userId: evaluator,
      submittedAt:
        sheets.find((sheet) => sheet.user_id === evaluator)?.submitted_at?.toISOString() ?? null,
    })),
    mine: isEvaluator ? sheetOf(mine ?? { user_id: userId, submitted_at: null }, scores) : null,
    others: seesPanel
      ? submitted.filter((sheet) => sheet.user_id !== userId).map((sheet) => sheetOf(sheet, scores))
      : null,
    divergences: seesPanel ? divergencesOf(scheme, submittedScores) : null,
    consensus: seesPanel
      ? (await listConsensus(db, lot)).map((row) => ({
          bidId: row.bid_id,
          criterionId: row.criterion_id,
          score: row.score,
          justification: row.justification,
          resolution: row.resolution,
          recordedBy: row.recorded_by,
          recordedAt: row.recorded_at.toISOString(),
        }))
      : null,
  };
}

/** The ordinal criteria with their published anchors, which every justification refers to. */
function scoredCriteria(scheme: EvaluationScheme): ScoredCriterion[] {
  return scheme.award.flatMap((node) =>
    node.kind === 'ordinal'
      ? [
          {
            criterionId: node.id,
            title: node.title,
            scale: node.scale,
            anchors: node.anchors,
            minimumScore: node.minimumScore ?? null,
          },
        ]
      : [],
  );
}

/** What the engine judges or scores from the bid data: gates, metrics, attestations, price. */
function engineCriteria(scheme: EvaluationScheme): EngineScoredCriterion[] {
  const gate =
    (kind: EngineScoredCriterion['kind']) =>
    (criterion: { id: string; title: EngineScoredCriterion['title'] }) => ({
      criterionId: criterion.id,
      kind,
      title: criterion.title,
    });
  return [
    ...(scheme.exclusionGrounds ?? []).map(gate('exclusionGround')),
    ...(scheme.restrictedRequirements ?? []).map(gate('restricted')),
    ...scheme.suitability.map(gate('suitability')),
    ...scheme.minimumRequirements.map(gate('minimum')),
    ...scheme.conditions.map(gate('condition')),
    ...scheme.award.flatMap((node) =>
      node.kind === 'metric' || node.kind === 'attestation' || node.kind === 'price'
        ? [gate(node.kind)(node)]
        : [],
    ),
  ];
}

/** The bids in the procedure with their offers on the ordinal criteria, to score against. */
function scoredBids(scheme: EvaluationScheme, bids: LotBids): ScoredBid[] {
  const ordinal = scheme.award.filter((node) => node.kind === 'ordinal').map((node) => node.id);
  return bids.inProcedure.map((bid) => ({
    bidId: bid.id,
    bidder: bidderOf(bid.content).name,
    receivedAt: bid.receivedAt.toISOString(),
    offers: ordinal.flatMap((criterionId) => {
      const answer = bid.content.answers[criterionId];
      return answer?.kind === 'offer' ? [{ criterionId, text: answer.text }] : [];
    }),
  }));
}
