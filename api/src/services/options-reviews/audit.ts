import type { Transaction } from 'kysely';
import type { OptionRow } from '../../db/repositories/options-review-options.ts';
import type { OptionsReviewRow } from '../../db/repositories/options-reviews.ts';
import type { DB } from '../../db/types.ts';
import { auditChange, recordingRefusals } from '../audited-change.ts';
import type { ServiceContext } from '../context.ts';

/** What the audit log records of options reviews; a refused attempt keeps the action's name. */
export const optionsReviewAuditActions = [
  'options_review.review.created',
  'options_review.review.updated',
  'options_review.status.changed',
  'options_review.member.added',
  'options_review.member.removed',
  'options_review.lead.transferred',
  'options_review.scheme.saved',
  'options_review.option.created',
  'options_review.option.updated',
  'options_review.option.deleted',
  'options_review.options.imported',
  'options_review.scores.saved',
  'options_review.scores.submitted',
  'options_review.consensus.recorded',
  'options_review.weights.saved',
  'options_review.weights.adopted',
  'options_review.conversation.turns',
] as const;
export type OptionsReviewAuditAction = (typeof optionsReviewAuditActions)[number];

export interface ReviewAuditEntry {
  action: OptionsReviewAuditAction;
  /** Null for a review that was refused before it existed. */
  object: { type: 'options_review' | 'options_review_option'; id: string } | null;
  before?: unknown;
  after?: unknown;
}

export const reviewRef = (id: string) => ({ type: 'options_review', id }) as const;
export const optionRef = (id: string) => ({ type: 'options_review_option', id }) as const;

/** What before/after hashes of a review cover: its fields and who takes part. */
export function reviewState(review: OptionsReviewRow, memberUserIds: readonly string[]) {
  return {
    id: review.id,
    organisationId: review.organisation_id,
    title: review.title,
    purpose: review.purpose,
    referenceDate: review.reference_date,
    status: review.status,
    leadUserId: review.lead_user_id,
    memberUserIds: [...memberUserIds].sort(),
    version: review.version,
    concludedSchemeCommitment: review.concluded_scheme_commitment,
  };
}

/** What before/after hashes of an option cover: everything an editor sets, and its version. */
export function optionState(option: OptionRow) {
  return {
    id: option.id,
    reviewId: option.review_id,
    name: option.name,
    vendorName: option.vendor_name,
    serviceName: option.service_name,
    offer: option.offer,
    version: option.version,
  };
}

/** Writes a succeeded entry in the transaction that makes the change. */
export function auditReviewChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: ReviewAuditEntry,
): Promise<void> {
  return auditChange(trx, ctx, entry);
}

/** Runs `work`, recording a refused or failed attempt (see `recordingRefusals`). */
export function recordingReviewRefusals<T>(
  ctx: ServiceContext,
  entry: ReviewAuditEntry,
  work: () => Promise<T>,
): Promise<T> {
  return recordingRefusals(ctx, entry, work);
}
