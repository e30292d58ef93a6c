import type { Transaction } from 'kysely';
import type { BidReceipt, BidWithdrawalReceipt } from '@tenderwise/schema';
import type { DB } from '../../db/types.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { canonicalHash } from '../../engine/canonical/canonical-json.ts';
import { receiptOf } from './own-bids.ts';

/**
 * The `Idempotency-Key` of a vendor's submission, change or withdrawal. The key is the vendor
 * organisation's (another vendor's key never matches) and is stored with the SHA-256 of the
 * request in the transaction that stores the change, so a retry after a crash right after the
 * commit meets the key and gets the original receipt, and one before the commit stores anew.
 */
export interface IdempotentRequest {
  key: string;
  /** Lower-case hex SHA-256 of the operation, its path parameters and its body. */
  requestSha256: string;
}

/** The key with the hash of the request it came with (`requestSha256`). */
export function idempotentRequest(
  key: string | undefined,
  request: { operationId: string; params: Record<string, unknown>; body: unknown },
): IdempotentRequest | undefined {
  if (key === undefined) return undefined;
  return { key, requestSha256: canonicalHash({ ...request, body: request.body ?? null }) };
}

export type Replayed =
  { kind: 'receipt'; receipt: BidReceipt } | { kind: 'withdrawal'; receipt: BidWithdrawalReceipt };

/**
 * What the organisation already did under the key, in the caller's transaction: undefined for a
 * new key; the original receipt for the same request; 422 for the same key with another request.
 */
export async function replayedRequest(
  trx: Transaction<DB>,
  organisationId: string,
  request: IdempotentRequest | undefined,
): Promise<Replayed | undefined> {
  if (request === undefined) return undefined;
  const stored = await trx
    .selectFrom('bid_idempotency')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('key', '=', request.key)
    .executeTakeFirst();
  if (stored === undefined) return undefined;
  if (stored.request_sha256 !== request.requestSha256) {
    throw new ValidationError(
      'This Idempotency-Key was used for another request: use a new key for a new request.',
      [{ in: 'header', pointer: '/Idempotency-Key', detail: 'used for another request' }],
    );
  }
  const bid = await trx
    .selectFrom('bid')
    .select(['id', 'tender_id', 'lot_number', 'withdrawn_at'])
    .where('id', '=', stored.bid_id)
    .executeTakeFirstOrThrow();
  if (stored.submission_number === null) {
    return {
      kind: 'withdrawal',
      receipt: {
        bidId: bid.id,
        tenderId: bid.tender_id,
        lotNumber: bid.lot_number,
        withdrawnAt: bid.withdrawn_at!.toISOString(),
      },
    };
  }
  const submission = await trx
    .selectFrom('bid_submission')
    .selectAll()
    .where('bid_id', '=', stored.bid_id)
    .where('number', '=', stored.submission_number)
    .executeTakeFirstOrThrow();
  return { kind: 'receipt', receipt: receiptOf(bid, submission) };
}

/** Stores the key with what it did, in the transaction of the change. */
export async function rememberRequest(
  trx: Transaction<DB>,
  entry: {
    organisationId: string;
    request: IdempotentRequest | undefined;
    bidId: string;
    submissionNumber: number | null;
    now: Date;
  },
): Promise<void> {
  if (entry.request === undefined) return;
  const stored = await trx
    .insertInto('bid_idempotency')
    .values({
      organisation_id: entry.organisationId,
      key: entry.request.key,
      request_sha256: entry.request.requestSha256,
      bid_id: entry.bidId,
      submission_number: entry.submissionNumber,
      created_at: entry.now,
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'key']).doNothing())
    .executeTakeFirst();
  // Another request with the key committed in between (on another tender, so the tender's lock
  // did not make them take turns): this one stores nothing; its retry gets the answer.
  if (stored.numInsertedOrUpdatedRows === 0n) {
    throw new ConflictError(
      'Another request with this Idempotency-Key was stored meanwhile; retry to get its answer.',
    );
  }
}
