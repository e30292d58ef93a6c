import type {
  BidEvaluationDetail,
  CheckedCriterionView,
  EvaluationScheme,
  LotEvaluationView,
  TenderEvaluationView,
} from '@tenderwise/schema';
import { mayDecideAward, openStages } from '../../domain/evaluation-stages/stages.ts';
import type { ServiceContext } from '../context.ts';
import { domainStages } from '../tender-evaluation/stage-statuses.ts';
import type { EvaluatedBidRow } from '../tender-evaluation/evaluated-bids.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import {
  bidsInProcedure,
  evaluatedBid,
  lotScheme,
  lotStanding,
  summaryOf,
} from './lot-standing.ts';
import { priceFlagsOf } from './price-flags.ts';
import { clarificationView, documentRequestView, stageDecisionView } from './views.ts';

/**
 * The evaluation of a tender for its team: per lot the opened bids in force with their status in
 * every stage, what still keeps the award decision open, and the day company documents are
 * judged as of (the scheme's submission deadline).
 */
export async function getTenderEvaluation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderEvaluationView> {
  const { tender } = await readableTender(ctx, 'getTenderEvaluation', input.tenderId);
  const lots = await ctx.db
    .selectFrom('tender_lot')
    .select('number')
    .where('tender_id', '=', tender.id)
    .orderBy('number')
    .execute();
  const views: LotEvaluationView[] = [];
  for (const { number } of lots) {
    const standing = await lotStanding(ctx.db, tender.id, number);
    const scheme = await lotScheme(ctx.db, tender.id, number);
    const stages = standing.bids.map((bid) => ({
      bidId: bid.id,
      stages: domainStages(standing.views.get(bid.id)!),
    }));
    views.push({
      lotNumber: number,
      judgedAsOf: scheme?.submissionDeadline ?? null,
      bids: standing.bids.map((bid) => summaryOf(bid, standing.views.get(bid.id)!)),
      openStages: openStages(stages),
      mayDecideAward: mayDecideAward(stages),
    });
  }
  return {
    tenderId: tender.id,
    missingDocumentRequests: tender.missing_document_requests,
    lots: views,
  };
}

/**
 * One bid's evaluation: its stages, every decision recorded, its requests and clarifications with
 * answers and decisions, the criteria of the formal and suitability stages with the bid's answers
 * the officer judges against, and the engine's price flags among the lot's bids in the procedure.
 */
export async function getBidEvaluation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; bidId: string };
}): Promise<BidEvaluationDetail> {
  const { tenderId, bidId } = input;
  const { tender } = await readableTender(ctx, 'getBidEvaluation', tenderId);
  const bid = await evaluatedBid(ctx.db, tenderId, bidId);
  const standing = await lotStanding(ctx.db, tenderId, bid.lotNumber);
  const scheme = await lotScheme(ctx.db, tenderId, bid.lotNumber);
  const [decisions, requests, clarifications] = await Promise.all([
    ctx.db
      .selectFrom('bid_stage_decision')
      .selectAll()
      .where('bid_id', '=', bidId)
      .orderBy('decided_at')
      .orderBy('stage')
      .orderBy('number')
      .execute(),
    ctx.db
      .selectFrom('bid_document_request')
      .selectAll()
      .where('bid_id', '=', bidId)
      .orderBy('number')
      .execute(),
    ctx.db
      .selectFrom('bid_clarification')
      .selectAll()
      .where('bid_id', '=', bidId)
      .orderBy('number')
      .execute(),
  ]);
  const inProcedure = bidsInProcedure(standing);
  const flags =
    scheme === null || !inProcedure.some((other) => other.id === bidId)
      ? undefined
      : priceFlagsOf(scheme, inProcedure, tender, bid.lotNumber).get(bidId);
  return {
    summary: summaryOf(bid, standing.views.get(bidId)!),
    judgedAsOf: scheme?.submissionDeadline ?? null,
    decisions: decisions.map(stageDecisionView),
    documentRequests: requests.map(documentRequestView),
    clarifications: clarifications.map(clarificationView),
    criteria: scheme === null ? [] : checkedCriteriaOf(scheme, bid),
    declarations: bid.content.declarations,
    priceFlags: flags ?? [],
  };
}

function checkedCriteriaOf(scheme: EvaluationScheme, bid: EvaluatedBidRow): CheckedCriterionView[] {
  const of = (
    stage: CheckedCriterionView['stage'],
    criteria: readonly {
      id: string;
      legalType: CheckedCriterionView['legalType'];
      title: CheckedCriterionView['title'];
    }[],
  ) =>
    criteria.map((criterion) => ({
      id: criterion.id,
      stage,
      legalType: criterion.legalType,
      title: criterion.title,
      answer: bid.content.answers[criterion.id] ?? null,
    }));
  return [
    ...of('formal', scheme.exclusionGrounds ?? []),
    ...of('formal', scheme.restrictedRequirements ?? []),
    ...of('formal', scheme.minimumRequirements),
    ...of('suitability', scheme.suitability),
  ];
}
