import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidAnswer, BidDeclarations } from '../bids/content.ts';
import { CalendarDate, Identifier, LocalizedText } from '../evaluation/common.ts';
import { MissingDocumentRequests } from '../tenders/tender.ts';
import { ClarificationView, clarificationStageNames, PriceFlag } from './clarifications.ts';
import { DocumentRequestView } from './document-requests.ts';
import { BidEvaluationSummary, EvaluationStageName, StageDecisionView } from './stages.ts';

/** What still keeps a lot's award decision open: a bid and a stage it has not completed. */
export const OpenStageView = z
  .strictObject({ bidId: ResourceId, stage: EvaluationStageName })
  .meta({ id: 'OpenStageView' });

export const LotEvaluationView = z
  .strictObject({
    lotNumber: z.int(),
    /** The submission deadline of the lot's scheme: company documents are judged as of it. */
    judgedAsOf: z.union([CalendarDate, z.null()]),
    bids: z.array(BidEvaluationSummary),
    openStages: z.array(OpenStageView),
    /** Every bid still in the procedure completed every stage, and at least one is left. */
    mayDecideAward: z.boolean(),
  })
  .meta({ id: 'LotEvaluationView' });
export type LotEvaluationView = z.output<typeof LotEvaluationView>;

export const TenderEvaluationView = z
  .strictObject({
    tenderId: ResourceId,
    missingDocumentRequests: MissingDocumentRequests,
    lots: z.array(LotEvaluationView),
  })
  .meta({ id: 'TenderEvaluationView' });
export type TenderEvaluationView = z.output<typeof TenderEvaluationView>;

/** A criterion judged in the formal or suitability stage, with the bid's answer to it. */
export const CheckedCriterionView = z
  .strictObject({
    id: Identifier,
    stage: z.enum(['formal', 'suitability']),
    legalType: z.enum(['exclusion', 'restricted', 'suitability', 'minimum']),
    title: LocalizedText,
    answer: z.union([BidAnswer, z.null()]),
  })
  .meta({ id: 'CheckedCriterionView' });
export type CheckedCriterionView = z.output<typeof CheckedCriterionView>;

export const BidEvaluationDetail = z
  .strictObject({
    summary: BidEvaluationSummary,
    judgedAsOf: z.union([CalendarDate, z.null()]),
    /** Every decision recorded, in the order made; the latest per stage is in force. */
    decisions: z.array(StageDecisionView),
    documentRequests: z.array(DocumentRequestView),
    clarifications: z.array(ClarificationView),
    /** The criteria the officer judges in the formal and suitability stages, with the answers. */
    criteria: z.array(CheckedCriterionView),
    declarations: BidDeclarations,
    /** The engine's abnormally-low flags for the bid among the lot's bids still in the procedure. */
    priceFlags: z.array(PriceFlag),
  })
  .meta({ id: 'BidEvaluationDetail' });
export type BidEvaluationDetail = z.output<typeof BidEvaluationDetail>;

/** A request or clarification to one of the caller's bids, as the bidder reads it. */
export const OwnBidExchange = z
  .strictObject({
    kind: z.enum(['documentRequest', 'clarification']),
    id: ResourceId,
    bidId: ResourceId,
    tender: z.strictObject({ id: ResourceId, reference: z.string(), title: z.string() }),
    lotNumber: z.int(),
    number: z.int(),
    stage: z.enum(clarificationStageNames),
    /** The document asked for, or the question. */
    text: z.string(),
    /** For a request: submit, complete or correct. */
    action: z.union([z.enum(['submit', 'complete', 'correct']), z.null()]),
    /** The last day to answer (Europe/Berlin, to the end of the day). */
    deadline: CalendarDate,
    askedAt: Timestamp,
    /** `open`: may be answered now; `answered`; `expired`: the deadline passed unanswered. */
    state: z.enum(['open', 'answered', 'expired']),
    answeredAt: z.union([Timestamp, z.null()]),
  })
  .meta({ id: 'OwnBidExchange' });
export type OwnBidExchange = z.output<typeof OwnBidExchange>;

export const OwnBidExchangeList = z
  .strictObject({ exchanges: z.array(OwnBidExchange) })
  .meta({ id: 'OwnBidExchangeList' });
export type OwnBidExchangeList = z.output<typeof OwnBidExchangeList>;
