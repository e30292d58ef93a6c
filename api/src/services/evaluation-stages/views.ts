import type {
  ClarificationView,
  DocumentRequestView,
  PriceFlag,
  StageChecks,
  StageDecisionView,
} from '@tenderwise/schema';
import type { Selectable } from 'kysely';
import type { BidClarificationTable, BidDocumentRequestTable } from '../../db/tables/evaluation.ts';
import type { StageDecisionRow } from '../tender-evaluation/stage-statuses.ts';

export type DocumentRequestRow = Selectable<BidDocumentRequestTable>;
export type ClarificationRow = Selectable<BidClarificationTable>;

/** A date column read as text (`YYYY-MM-DD`), whatever the driver hands back. */
export function dayOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function stageDecisionView(row: StageDecisionRow): StageDecisionView {
  return {
    stage: row.stage,
    number: row.number,
    outcome: row.outcome,
    basis: row.basis,
    reasons: row.reasons,
    checks: JSON.parse(row.checks) as StageChecks,
    registerQueriedOn: row.register_queried_on === null ? null : dayOf(row.register_queried_on),
    decidedBy: row.decided_by,
    decidedAt: row.decided_at.toISOString(),
  };
}

export function documentRequestView(row: DocumentRequestRow): DocumentRequestView {
  return {
    id: row.id,
    bidId: row.bid_id,
    number: row.number,
    stage: row.stage,
    document: row.document,
    kind: row.kind,
    action: row.action,
    criterionId: row.criterion_id,
    insignificantPriceItem: row.insignificant_price_item,
    basis: row.basis,
    deadline: dayOf(row.deadline),
    requestedBy: row.requested_by,
    requestedAt: row.requested_at.toISOString(),
    answer:
      row.answered_at === null
        ? null
        : {
            note: row.answer_note,
            documents: JSON.parse(row.answer_documents ?? '[]') as NonNullable<
              DocumentRequestView['answer']
            >['documents'],
            answeredAt: row.answered_at.toISOString(),
            channel: row.answer_channel ?? 'bidder',
          },
    decision:
      row.decided_at === null || row.decision === null
        ? null
        : {
            decision: row.decision,
            reasons: row.decision_reasons ?? '',
            decidedBy: row.decided_by!,
            decidedAt: row.decided_at.toISOString(),
          },
  };
}

export function clarificationView(row: ClarificationRow): ClarificationView {
  return {
    id: row.id,
    bidId: row.bid_id,
    number: row.number,
    stage: row.stage,
    question: row.question,
    flags: row.flags === null ? null : (JSON.parse(row.flags) as PriceFlag[]),
    deadline: dayOf(row.deadline),
    askedBy: row.asked_by,
    askedAt: row.asked_at.toISOString(),
    answer:
      row.answered_at === null || row.answer === null
        ? null
        : {
            text: row.answer,
            answeredAt: row.answered_at.toISOString(),
            channel: row.answer_channel ?? 'bidder',
          },
    decision:
      row.decided_at === null || row.decision === null
        ? null
        : {
            text: row.decision,
            decidedBy: row.decided_by!,
            decidedAt: row.decided_at.toISOString(),
          },
  };
}
