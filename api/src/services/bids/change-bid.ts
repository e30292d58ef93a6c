import type { BidContent, BidWithdrawalReceipt } from '@tenderwise/schema';
import { lockTender } from '../../db/repositories/tenders.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import { sealBidContent } from '../bid-vault/sealed-content.ts';
import type { ServiceContext } from '../context.ts';
import { vendorActorOf, type VendorActor } from '../public-tenders/vendor-steps.ts';
import { auditBidChange, recordingBidRefusals, type BidAuditAction } from './bid-audit.ts';
import {
  rememberRequest,
  replayedRequest,
  type IdempotentRequest,
  type Replayed,
} from './idempotency.ts';
import { bidAccessObject, bidNotFound, findBidAccess, type BidAccess } from './own-bids.ts';
import { schemeVersionFor, storeSubmission, type SubmissionOutcome } from './submit-bid.ts';
import type { Transaction } from 'kysely';
import type { TenderRow } from '../../db/repositories/tenders.ts';

interface OwnBidScope {
  trx: Transaction<DB>;
  tender: TenderRow;
  current: BidAccess;
  vendor: VendorActor;
  replayed: Replayed | undefined;
}

/**
 * The frame of a vendor's change to its own bid: `authorize` on the bid (another vendor's bid is
 * not found, exactly like a missing one), then one transaction that locks the bid's tender, so
 * the change and the tender's deadline, opening or cancellation take turns, and decides again on
 * what it locked. The idempotency key is looked up inside it; refusals inside are recorded under
 * the bid.
 */
async function changeOwnBid<T>(
  ctx: ServiceContext,
  change: {
    operationId: OperationId;
    action: BidAuditAction;
    bidId: string;
    idempotency: IdempotentRequest | undefined;
  },
  before: (found: BidAccess) => Promise<void>,
  work: (scope: OwnBidScope) => Promise<T>,
): Promise<T> {
  const { operationId, action, bidId, idempotency } = change;
  const found = await findBidAccess(ctx.db, bidId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: bidAccessObject(found) }),
  });
  const vendor = vendorActorOf(ctx);
  return recordingBidRefusals(ctx, { action, bidId }, async () => {
    if (found === undefined) throw new NotFoundError(bidNotFound);
    await before(found);
    return withTransaction<DB, T>(ctx.db, async (trx) => {
      const tender = await lockTender(trx, found.tender.id);
      const current = await findBidAccess(trx, bidId);
      if (tender === undefined || current === undefined) throw new NotFoundError(bidNotFound);
      const object = bidAccessObject(current);
      const decision = decide({ principal: ctx.principal, operationId, object });
      if (!decision.allowed) throw refusalError(decision.refusal, object);
      const replayed = await replayedRequest(trx, vendor.organisationId, idempotency);
      return work({ trx, tender, current, vendor, replayed });
    });
  });
}

/**
 * A vendor changes its bid in force: a new sealed version with its own receipt (`submission` one
 * more than the last). Possible until the bids are opened; after the deadline the version is
 * stored and flagged late like a submission (§ 57 (1) Nr. 1 VgV). Earlier versions stay stored
 * (append-only); the opening opens the last one. A withdrawn bid cannot be changed (409).
 */
export async function changeBid({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { bidId: string; content: BidContent; idempotency?: IdempotentRequest | undefined };
}): Promise<SubmissionOutcome> {
  const { bidId, content, idempotency } = input;
  let sealed: Awaited<ReturnType<typeof sealBidContent>> | undefined;
  return changeOwnBid(
    ctx,
    { operationId: 'changeBid', action: 'bid.changed', bidId, idempotency },
    async ({ bid }) => {
      const vault = await ctx.db
        .selectFrom('tender_vault')
        .select('public_key')
        .where('tender_id', '=', bid.tender_id)
        .executeTakeFirst();
      if (vault === undefined) throw new NotFoundError(bidNotFound);
      sealed = await sealBidContent(vault.public_key, content, {
        tenderId: bid.tender_id,
        lotNumber: bid.lot_number,
        bidId,
      });
    },
    async ({ trx, tender, current, vendor, replayed }) => {
      if (replayed?.kind === 'receipt') return { receipt: replayed.receipt, replayed: true };
      const { bid } = current;
      if (bid.withdrawn_at !== null) {
        throw new ConflictError('This bid was withdrawn; submit a new one instead.');
      }
      const version = await schemeVersionFor(trx, {
        tenderId: bid.tender_id,
        lotNumber: bid.lot_number,
        content,
      });
      const last = await trx
        .selectFrom('bid_submission')
        .select((eb) => eb.fn.max('number').as('number'))
        .where('bid_id', '=', bidId)
        .executeTakeFirstOrThrow();
      const receipt = await storeSubmission(trx, ctx, {
        action: 'bid.changed',
        tender,
        bid,
        number: Number(last.number ?? 0) + 1,
        version,
        sealed: sealed!,
        vendor,
        idempotency,
      });
      return { receipt, replayed: false };
    },
  );
}

/**
 * A vendor withdraws its bid (Rücknahme), once, until the bids are opened: the bid stays stored,
 * sealed, and is not opened. The receipt names the moment the database committed the withdrawal.
 */
export async function withdrawBid({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { bidId: string; idempotency?: IdempotentRequest | undefined };
}): Promise<{ receipt: BidWithdrawalReceipt; replayed: boolean }> {
  const { bidId, idempotency } = input;
  return changeOwnBid(
    ctx,
    { operationId: 'withdrawBid', action: 'bid.withdrawn', bidId, idempotency },
    async () => {},
    async ({ trx, current, vendor, replayed }) => {
      if (replayed?.kind === 'withdrawal') return { receipt: replayed.receipt, replayed: true };
      const { bid } = current;
      if (bid.withdrawn_at !== null) {
        throw new ConflictError('This bid was withdrawn already.');
      }
      await auditBidChange(trx, ctx, {
        action: 'bid.withdrawn',
        bidId,
        after: { tenderId: bid.tender_id, lotNumber: bid.lot_number },
      });
      const withdrawnAt = await ctx.clock.now<DB>(trx);
      await trx
        .updateTable('bid')
        .set({
          withdrawn_at: withdrawnAt,
          withdrawn_by_user_id: vendor.userId,
          withdrawn_by_api_key_id: vendor.apiKeyId,
        })
        .where('id', '=', bidId)
        .execute();
      await rememberRequest(trx, {
        organisationId: vendor.organisationId,
        request: idempotency,
        bidId,
        submissionNumber: null,
        now: withdrawnAt,
      });
      return {
        receipt: {
          bidId,
          tenderId: bid.tender_id,
          lotNumber: bid.lot_number,
          withdrawnAt: withdrawnAt.toISOString(),
        },
        replayed: false,
      };
    },
  );
}
