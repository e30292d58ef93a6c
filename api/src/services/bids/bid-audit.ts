import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { auditChange, recordingRefusals } from '../audited-change.ts';
import type { ServiceContext } from '../context.ts';

/**
 * What the audit log records of a vendor's bid. The entries name the bid, not the tender: the
 * tender record (Vergabeakte), which the authority reads before the opening, lists the tender's
 * entries with their actors, and must not tell who bid (§ 55 (1) VgV: the bids stay unknown until
 * the opening). The hashes and times in the entries are those of the receipts.
 */
export const bidAuditActions = ['bid.submitted', 'bid.changed', 'bid.withdrawn'] as const;
export type BidAuditAction = (typeof bidAuditActions)[number];

export const bidRef = (id: string) => ({ type: 'bid', id }) as const;

export function auditBidChange(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: { action: BidAuditAction; bidId: string; before?: unknown; after?: unknown },
): Promise<void> {
  return auditChange(trx, ctx, {
    action: entry.action,
    object: bidRef(entry.bidId),
    before: entry.before,
    after: entry.after,
  });
}

/** Runs `work`, recording a refused or failed attempt under the bid (see `recordingRefusals`). */
export function recordingBidRefusals<T>(
  ctx: ServiceContext,
  entry: { action: BidAuditAction; bidId: string },
  work: () => Promise<T>,
): Promise<T> {
  return recordingRefusals(ctx, { action: entry.action, object: bidRef(entry.bidId) }, work);
}
