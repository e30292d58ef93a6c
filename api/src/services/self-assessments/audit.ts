import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { DomainError, ValidationError } from '../../domain/errors.ts';
import { auditActorOf } from '../../security/access/principal.ts';
import { appendAuditEntry, recordRefusedAttempt } from '../../security/audit/append.ts';
import { auditStateHash } from '../../security/audit/entry.ts';
import type { ServiceContext } from '../context.ts';

/** What the audit log records of the vendor side of the registry. */
export const vendorAuditActions = [
  'vendor.profile.saved',
  'vendor.service.created',
  'vendor.service.updated',
  'self_assessment.draft.created',
  'self_assessment.draft.saved',
  'self_assessment.draft.imported',
  'self_assessment.version.published',
] as const;
export type VendorAuditAction = (typeof vendorAuditActions)[number];

export interface VendorAuditEntry {
  action: VendorAuditAction;
  object: {
    type: 'vendor_profile' | 'vendor_service' | 'self_assessment_version';
    id: string;
  } | null;
  before?: unknown;
  after?: unknown;
}

/** Writes a succeeded entry in the transaction that makes the change. */
export async function auditVendorChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: VendorAuditEntry,
): Promise<void> {
  await appendAuditEntry(trx, ctx.clock, toInput(ctx, entry, 'succeeded'));
}

/**
 * Runs `work`; a refusal (a missing object, a stale version, a published version) or an
 * unexpected failure is recorded in a transaction of its own and rethrown. Invalid input is not
 * recorded: nothing was tried. Inside a caller's transaction the entry would roll back with the
 * work, so there the caller records it.
 */
export async function recordingVendorRefusals<T>(
  ctx: ServiceContext,
  entry: VendorAuditEntry,
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
  entry: VendorAuditEntry,
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
