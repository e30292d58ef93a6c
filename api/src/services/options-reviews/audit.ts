import type { Kysely, Transaction } from 'kysely';
import type { OptionRow } from '../../db/repositories/options-review-options.ts';
import type { OptionsReviewRow } from '../../db/repositories/options-reviews.ts';
import type { DB } from '../../db/types.ts';
import { DomainError, ValidationError } from '../../domain/errors.ts';
import { auditActorOf } from '../../security/access/principal.ts';
import { appendAuditEntry, recordRefusedAttempt } from '../../security/audit/append.ts';
import { auditStateHash } from '../../security/audit/entry.ts';
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
  'options_review.scores.saved',
  'options_review.scores.submitted',
  'options_review.consensus.recorded',
  'options_review.weights.saved',
  'options_review.weights.adopted',
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
export async function auditReviewChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: ReviewAuditEntry,
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, toInput(ctx, entry, 'succeeded'));
}

/**
 * Runs `work`; when it throws a refusal (a missing object, a conflicting state or version) or
 * fails unexpectedly, records the attempt in a transaction of its own and rethrows. Invalid input
 * is not recorded: nothing was tried. Inside a caller's transaction the entry would roll back
 * with the work, so there the caller records it.
 */
export async function recordingReviewRefusals<T>(
  ctx: ServiceContext,
  entry: ReviewAuditEntry,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ValidationError) && !ctx.db.isTransaction) {
      const outcome = error instanceof DomainError ? 'refused' : 'failed';
      try {
        await recordRefusedAttempt(ctx.db as Kysely<DB>, ctx.clock, toInput(ctx, entry, outcome));
      } catch (recordError) {
        ctx.logger.error({ err: recordError }, 'could not record a refused attempt');
      }
    }
    throw error;
  }
}

// What the audit log accepts as an id; a verb called directly may be given anything.
const nameableId = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,199}$/;

function toInput<O extends 'succeeded' | 'refused' | 'failed'>(
  ctx: ServiceContext,
  entry: ReviewAuditEntry,
  outcome: O,
) {
  return {
    actor: auditActorOf(ctx.principal),
    action: entry.action,
    object: entry.object !== null && nameableId.test(entry.object.id) ? entry.object : null,
    outcome,
    requestId: ctx.requestId ?? null,
    beforeHash: entry.before === undefined ? null : auditStateHash(entry.before),
    afterHash: entry.after === undefined ? null : auditStateHash(entry.after),
  };
}
