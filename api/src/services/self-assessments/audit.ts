import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { auditChange, recordingRefusals } from '../audited-change.ts';
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
export function auditVendorChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: VendorAuditEntry,
): Promise<void> {
  return auditChange(trx, ctx, entry);
}

/** Runs `work`, recording a refused or failed attempt (see `recordingRefusals`). */
export function recordingVendorRefusals<T>(
  ctx: ServiceContext,
  entry: VendorAuditEntry,
  work: () => Promise<T>,
): Promise<T> {
  return recordingRefusals(ctx, entry, work);
}
