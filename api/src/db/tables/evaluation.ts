import type { ColumnType, Generated } from 'kysely';

/** The evaluation of opened bids (migration `20261212090000_create_evaluation`, ADR 0042). */

type Fixed<T> = ColumnType<T, T, never>;
/** Written once, in a later step than the row's creation: null until then. */
type Later<T> = ColumnType<T | null, T | null | undefined, T>;

/** The stages an officer decides; the award stage is decided by the official result. */
export const decidedStages = ['formal', 'suitability', 'priceCheck'] as const;
export type DecidedStage = (typeof decidedStages)[number];

export const stageOutcomes = ['passed', 'excluded'] as const;
export type StageOutcome = (typeof stageOutcomes)[number];

export const documentRequestStages = ['formal', 'suitability'] as const;
export type DocumentRequestStage = (typeof documentRequestStages)[number];

export const clarificationStages = ['formal', 'suitability', 'priceCheck', 'award'] as const;
export type ClarificationStage = (typeof clarificationStages)[number];

export const documentRequestDecisions = ['accepted', 'rejected'] as const;
export type DocumentRequestDecision = (typeof documentRequestDecisions)[number];

/** How a bidder's answer came: in Tenderwise, or through the authority's platform. */
export const answerChannels = ['bidder', 'platform'] as const;
export type AnswerChannel = (typeof answerChannels)[number];

export interface EvaluationTables {
  bid_stage_decision: BidStageDecisionTable;
  bid_document_request: BidDocumentRequestTable;
  bid_clarification: BidClarificationTable;
  tender_score_sheet: TenderScoreSheetTable;
  tender_score: TenderScoreTable;
  tender_consensus: TenderConsensusTable;
  tender_lot_result: TenderLotResultTable;
  tender_award_decision: TenderAwardDecisionTable;
}

/** A decision of one stage for one bid; the highest number per bid and stage is in force. */
export interface BidStageDecisionTable {
  bid_id: Fixed<string>;
  stage: Fixed<DecidedStage>;
  number: Fixed<number>;
  outcome: Fixed<StageOutcome>;
  basis: Fixed<string>;
  reasons: Fixed<string>;
  /** Canonical JSON of `StageChecks`. */
  checks: ColumnType<string, string | undefined, never>;
  /** YYYY-MM-DD, read as text. */
  register_queried_on: Fixed<string | null>;
  decided_by: Fixed<string>;
  decided_at: Fixed<Date>;
}

/** A request for a missing document (§ 56 VgV): asked, answered, decided, each once. */
export interface BidDocumentRequestTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  bid_id: Fixed<string>;
  number: Fixed<number>;
  stage: Fixed<DocumentRequestStage>;
  document: Fixed<string>;
  kind: Fixed<'company' | 'offer' | 'price'>;
  action: Fixed<'submit' | 'complete' | 'correct'>;
  criterion_id: Fixed<string | null>;
  insignificant_price_item: ColumnType<boolean, boolean | undefined, never>;
  basis: Fixed<string>;
  /** YYYY-MM-DD, read as text: the last day to answer. */
  deadline: Fixed<string>;
  requested_by: Fixed<string>;
  requested_at: Fixed<Date>;
  answer_note: Later<string>;
  /** JSON array of `BidDocument`. */
  answer_documents: Later<string>;
  answered_at: Later<Date>;
  answered_by_user_id: Later<string>;
  answered_by_api_key_id: Later<string>;
  /** `bidder`: answered in Tenderwise; `platform`: an officer recorded the platform's answer. */
  answer_channel: Later<AnswerChannel>;
  decision: Later<DocumentRequestDecision>;
  decision_reasons: Later<string>;
  decided_by: Later<string>;
  decided_at: Later<Date>;
}

/** A clarification with the bidder (Aufklärung): asked, answered, decided, each once. */
export interface BidClarificationTable {
  id: Generated<string>;
  tender_id: Fixed<string>;
  bid_id: Fixed<string>;
  number: Fixed<number>;
  stage: Fixed<ClarificationStage>;
  question: Fixed<string>;
  /** Canonical JSON of the engine's flags that opened a price clarification. */
  flags: Fixed<string | null>;
  /** YYYY-MM-DD, read as text. */
  deadline: Fixed<string>;
  asked_by: Fixed<string>;
  asked_at: Fixed<Date>;
  answer: Later<string>;
  answered_at: Later<Date>;
  answered_by_user_id: Later<string>;
  answered_by_api_key_id: Later<string>;
  /** `bidder`: answered in Tenderwise; `platform`: an officer recorded the platform's answer. */
  answer_channel: Later<AnswerChannel>;
  decision: Later<string>;
  decided_by: Later<string>;
  decided_at: Later<Date>;
}

export interface TenderScoreSheetTable {
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  user_id: Fixed<string>;
  updated_at: Date;
  submitted_at: Date | null;
}

export interface TenderScoreTable {
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  user_id: Fixed<string>;
  bid_id: Fixed<string>;
  criterion_id: Fixed<string>;
  score: number;
  justification: string;
}

export interface TenderConsensusTable {
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  bid_id: Fixed<string>;
  criterion_id: Fixed<string>;
  score: number;
  justification: string;
  resolution: string | null;
  recorded_by: string;
  recorded_at: Date;
}

/** A lot's official result; the highest number is in force. */
export interface TenderLotResultTable {
  tender_id: Fixed<string>;
  lot_number: Fixed<number>;
  number: Fixed<number>;
  scheme_version: Fixed<number>;
  input: Fixed<string>;
  input_sha256: Fixed<string>;
  result: Fixed<string>;
  result_sha256: Fixed<string>;
  computed_by: Fixed<string>;
  computed_at: Fixed<Date>;
}

export interface TenderAwardDecisionTable {
  tender_id: Fixed<string>;
  /** Canonical JSON: `{ "<lot number>": <result number> }`. */
  results: Fixed<string>;
  /** YYYY-MM-DD, read as text. */
  suitability_reconfirmed_on: Fixed<string>;
  reasons: Fixed<string>;
  decided_by: Fixed<string>;
  decided_at: Fixed<Date>;
}
