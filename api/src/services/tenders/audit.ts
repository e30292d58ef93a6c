import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { auditChange, recordingRefusals } from '../audited-change.ts';
import type { ServiceContext } from '../context.ts';

/**
 * What the audit log records of tenders. Every entry names the tender itself as its object, so
 * the tender record (Vergabeakte) is the tender's entries in the log's order; what within the
 * tender changed (a lot, a member, a question) is in the action's name and the state hashes.
 */
export const tenderAuditActions = [
  'tender.tender.created',
  'tender.tender.updated',
  'tender.deadlines.updated',
  'tender.lot.created',
  'tender.lot.updated',
  'tender.lot.deleted',
  'tender.scheme.saved',
  'tender.team.member_added',
  'tender.team.member_removed',
  'tender.team.declared',
  'tender.publication.requested',
  'tender.publication.withdrawn',
  'tender.publication.approved',
  'tender.correction.published',
  'tender.tender.cancelled',
  'tender.question.asked',
  'tender.question.answered',
  'tender.interest.registered',
  'tender.interest.withdrawn',
  'tender.conversation.turns',
  'tender.opening_key.set',
  'tender.outage.recorded',
  'tender.bids.imported',
  'tender.opening.started',
  'tender.opening.presence_confirmed',
  'tender.opening.opened',
  'tender.opening.abandoned',
  'tender.evaluation.answer_received',
  'tender.evaluation.scores_saved',
  'tender.evaluation.scores_submitted',
  'tender.evaluation.consensus_recorded',
  'tender.evaluation.result_computed',
  'tender.evaluation.award_decided',
  'tender.evaluation.stage_decided',
  'tender.evaluation.document_requested',
  'tender.evaluation.document_answered',
  'tender.evaluation.document_request_decided',
  'tender.evaluation.clarification_asked',
  'tender.evaluation.clarification_answered',
  'tender.evaluation.clarification_decided',
] as const;
export type TenderAuditAction = (typeof tenderAuditActions)[number];

export interface TenderAuditEntry {
  action: TenderAuditAction;
  /** Null for a tender that was refused before it existed. */
  object: { type: 'tender'; id: string } | null;
  before?: unknown;
  after?: unknown;
}

export const tenderRef = (id: string) => ({ type: 'tender', id }) as const;

/** Writes a succeeded entry in the transaction that makes the change. */
export function auditTenderChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: TenderAuditEntry,
): Promise<void> {
  return auditChange(trx, ctx, entry);
}

/** Runs `work`, recording a refused or failed attempt (see `recordingRefusals`). */
export function recordingTenderRefusals<T>(
  ctx: ServiceContext,
  entry: TenderAuditEntry,
  work: () => Promise<T>,
): Promise<T> {
  return recordingRefusals(ctx, entry, work);
}
