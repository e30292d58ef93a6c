import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { BidContent, BidReceipt } from '@tenderwise/schema';
import { lockTender, listTeamMembers, type TenderRow } from '../../db/repositories/tenders.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { checkAnswers } from '../../domain/bids/answers-check.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import { sealBidContent } from '../bid-vault/sealed-content.ts';
import type { ServiceContext } from '../context.ts';
import type { SealResult } from '../../security/vault/seal.ts';
import { vendorActorOf, type VendorActor } from '../public-tenders/vendor-steps.ts';
import { storedTenderScheme } from '../tender-schemes/scheme-rows.ts';
import { findTenderAccess, tenderAccessObject, tenderNotFound } from '../tenders/tender-access.ts';
import { auditBidChange, recordingBidRefusals } from './bid-audit.ts';
import { rememberRequest, replayedRequest, type IdempotentRequest } from './idempotency.ts';
import { receiptOf } from './own-bids.ts';

/**
 * A vendor submits a bid for a lot of a tender whose bids come to the vault. The content is
 * sealed to the tender's key before anything is written (`sealBidContent`), so the database,
 * its logs and backups never hold it in the clear. In one transaction that locks the tender (so a
 * correction of the deadline cannot pass in between): the vendor has no other bid in force for
 * the lot (409: change that one), the bid and its first submission are stored, and the receipt's
 * time is taken from the database clock as the last step before the commit. A bid after the
 * deadline is stored, sealed and flagged `late`, never refused (§ 57 (1) Nr. 1 VgV), until the
 * bids are opened (the policy row's states).
 */
export async function submitBid({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    tenderId: string;
    lotNumber: number;
    content: BidContent;
    idempotency?: IdempotentRequest | undefined;
  };
}): Promise<SubmissionOutcome> {
  const operationId = 'submitBid';
  const { tenderId, lotNumber, content, idempotency } = input;
  const found = await findTenderAccess(ctx.db, tenderId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: tenderAccessObject(found) }),
  });
  const vendor = vendorActorOf(ctx);
  const bidId = randomUUID();
  return recordingBidRefusals(ctx, { action: 'bid.submitted', bidId }, async () => {
    if (found === undefined || found.tender.published_at === null) {
      throw new NotFoundError(tenderNotFound);
    }
    if (found.tender.bid_intake !== 'vault') {
      throw new ConflictError(
        'This tender receives its bids on the authority’s e-procurement platform, not here.',
      );
    }
    const vault = await ctx.db
      .selectFrom('tender_vault')
      .select('public_key')
      .where('tender_id', '=', tenderId)
      .executeTakeFirst();
    if (vault === undefined) throw new NotFoundError(tenderNotFound);
    const sealed = await sealBidContent(vault.public_key, content, { tenderId, lotNumber, bidId });

    return withTransaction<DB, SubmissionOutcome>(ctx.db, async (trx) => {
      const tender = await lockTender(trx, tenderId);
      if (tender === undefined) throw new NotFoundError(tenderNotFound);
      const object = tenderAccessObject({ tender, team: await listTeamMembers(trx, tenderId) });
      const decision = decide({ principal: ctx.principal, operationId, object });
      if (!decision.allowed) throw refusalError(decision.refusal, object);
      const replayed = await replayedRequest(trx, vendor.organisationId, idempotency);
      if (replayed?.kind === 'receipt') return { receipt: replayed.receipt, replayed: true };
      const version = await schemeVersionFor(trx, { tenderId, lotNumber, content });
      const inForce = await trx
        .selectFrom('bid')
        .select('id')
        .where('tender_id', '=', tenderId)
        .where('lot_number', '=', lotNumber)
        .where('organisation_id', '=', vendor.organisationId)
        .where('source', '=', 'vault')
        .where('withdrawn_at', 'is', null)
        .executeTakeFirst();
      if (inForce !== undefined) {
        throw new ConflictError(
          `You already have a bid in force for lot ${lotNumber} (${inForce.id}): change it or withdraw it.`,
        );
      }
      const createdAt = await ctx.clock.now<DB>(trx);
      await trx
        .insertInto('bid')
        .values({
          id: bidId,
          tender_id: tenderId,
          lot_number: lotNumber,
          source: 'vault',
          organisation_id: vendor.organisationId,
          organisation_kind: 'vendor',
          import_id: null,
          import_position: null,
          created_at: createdAt,
          withdrawn_at: null,
          withdrawn_by_user_id: null,
          withdrawn_by_api_key_id: null,
        })
        .execute();
      const receipt = await storeSubmission(trx, ctx, {
        action: 'bid.submitted',
        tender,
        bid: { id: bidId, tender_id: tenderId, lot_number: lotNumber },
        number: 1,
        version,
        sealed,
        vendor,
        idempotency,
      });
      return { receipt, replayed: false };
    });
  });
}

/** A receipt, and whether it is the original one of an earlier request with the same key. */
export interface SubmissionOutcome {
  receipt: BidReceipt;
  replayed: boolean;
}

/** The lot's scheme version in force, with the answers checked against it (422 otherwise). */
export async function schemeVersionFor(
  trx: Transaction<DB>,
  { tenderId, lotNumber, content }: { tenderId: string; lotNumber: number; content: BidContent },
): Promise<{ number: number; commitment: string }> {
  const version = await trx
    .selectFrom('tender_scheme_version')
    .select(['number', 'commitment', 'scheme'])
    .where('tender_id', '=', tenderId)
    .where('lot_number', '=', lotNumber)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (version === undefined) {
    throw new NotFoundError(`The tender has no lot ${lotNumber}.`);
  }
  const issues = checkAnswers(content, storedTenderScheme(version.scheme));
  if (issues.length > 0) {
    throw new ValidationError(
      `${issues.length} answer(s) do not fit the lot's scheme version ${version.number}.`,
      issues.map((issue) => ({ in: 'body' as const, ...issue })),
    );
  }
  return version;
}

/**
 * Stores one sealed version of a bid with its receipt, and its audit entry and idempotency key,
 * in the caller's transaction. The receipt's time is the database clock at the last step before
 * the commit; the version is late when that is after the submission deadline then in force
 * (§ 57 (1) Nr. 1 VgV: stored and flagged, never refused).
 */
export async function storeSubmission(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  entry: {
    action: 'bid.submitted' | 'bid.changed';
    tender: TenderRow;
    bid: { id: string; tender_id: string; lot_number: number };
    number: number;
    version: { number: number; commitment: string };
    sealed: SealResult;
    vendor: VendorActor;
    idempotency: IdempotentRequest | undefined;
  },
): Promise<BidReceipt> {
  const { tender, bid, number, version, sealed, vendor } = entry;
  await auditBidChange(trx, ctx, {
    action: entry.action,
    bidId: bid.id,
    after: {
      tenderId: bid.tender_id,
      lotNumber: bid.lot_number,
      submission: number,
      sealedSha256: sealed.sha256,
    },
  });
  const receivedAt = await ctx.clock.now<DB>(trx);
  const late = tender.submission_deadline !== null && receivedAt > tender.submission_deadline;
  const submission = {
    bid_id: bid.id,
    number,
    scheme_version: version.number,
    commitment: version.commitment,
    sealed_enc: sealed.sealed.enc,
    sealed_ciphertext: sealed.sealed.ciphertext,
    sealed_sha256: sealed.sha256,
    received_at: receivedAt,
    late,
    submitted_by_user_id: vendor.userId,
    submitted_by_api_key_id: vendor.apiKeyId,
  };
  await trx.insertInto('bid_submission').values(submission).execute();
  await rememberRequest(trx, {
    organisationId: vendor.organisationId,
    request: entry.idempotency,
    bidId: bid.id,
    submissionNumber: number,
    now: receivedAt,
  });
  return receiptOf(bid, submission);
}
