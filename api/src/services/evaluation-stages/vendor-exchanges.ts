import type {
  AnswerClarificationInput,
  AnswerDocumentRequestInput,
  OwnBidExchange,
  OwnBidExchangeList,
} from '@tenderwise/schema';
import { lockTender } from '../../db/repositories/tenders.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { authorize, decide, refusalError } from '../../security/access/authorize.ts';
import type { OperationId } from '../../security/access/policy.ts';
import { bidAccessObject, bidNotFound, findBidAccess } from '../bids/own-bids.ts';
import type { ServiceContext } from '../context.ts';
import { vendorActorOf, type VendorActor } from '../public-tenders/vendor-steps.ts';
import {
  auditTenderChange,
  recordingTenderRefusals,
  tenderRef,
  type TenderAuditAction,
} from '../tenders/audit.ts';
import { deadlineRuns } from './berlin-days.ts';
import { dayOf } from './views.ts';
import type { Transaction } from 'kysely';

/**
 * What the vendor was asked about its bids: requests for missing documents and clarifications,
 * those still open first, then by deadline. Object-less: the query names the caller's
 * organisation, so nothing of another vendor's bids appears.
 */
export async function listOwnBidExchanges({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<OwnBidExchangeList> {
  await authorize(ctx, { operationId: 'listOwnBidExchanges' });
  const vendor = vendorActorOf(ctx);
  return { exchanges: await exchangesOf(ctx.db, vendor.organisationId, await ctx.clock.now()) };
}

async function exchangesOf(
  db: ServiceContext['db'],
  organisationId: string,
  now: Date,
): Promise<OwnBidExchange[]> {
  const [requests, clarifications] = await Promise.all([
    db
      .selectFrom('bid_document_request')
      .innerJoin('bid', 'bid.id', 'bid_document_request.bid_id')
      .innerJoin('tender', 'tender.id', 'bid.tender_id')
      .selectAll('bid_document_request')
      .select(['bid.lot_number', 'tender.reference', 'tender.title'])
      .where('bid.organisation_id', '=', organisationId)
      .where('bid.source', '=', 'vault')
      .execute(),
    db
      .selectFrom('bid_clarification')
      .innerJoin('bid', 'bid.id', 'bid_clarification.bid_id')
      .innerJoin('tender', 'tender.id', 'bid.tender_id')
      .selectAll('bid_clarification')
      .select(['bid.lot_number', 'tender.reference', 'tender.title'])
      .where('bid.organisation_id', '=', organisationId)
      .where('bid.source', '=', 'vault')
      .execute(),
  ]);
  const stateOf = (answeredAt: Date | null, deadline: string): OwnBidExchange['state'] =>
    answeredAt !== null ? 'answered' : deadlineRuns(deadline, now) ? 'open' : 'expired';
  const exchanges: OwnBidExchange[] = [
    ...requests.map((row) => ({
      kind: 'documentRequest' as const,
      id: row.id,
      bidId: row.bid_id,
      tender: { id: row.tender_id, reference: row.reference, title: row.title },
      lotNumber: row.lot_number,
      number: row.number,
      stage: row.stage,
      text: row.document,
      action: row.action,
      deadline: dayOf(row.deadline),
      askedAt: row.requested_at.toISOString(),
      state: stateOf(row.answered_at, dayOf(row.deadline)),
      answeredAt: row.answered_at?.toISOString() ?? null,
    })),
    ...clarifications.map((row) => ({
      kind: 'clarification' as const,
      id: row.id,
      bidId: row.bid_id,
      tender: { id: row.tender_id, reference: row.reference, title: row.title },
      lotNumber: row.lot_number,
      number: row.number,
      stage: row.stage,
      text: row.question,
      action: null,
      deadline: dayOf(row.deadline),
      askedAt: row.asked_at.toISOString(),
      state: stateOf(row.answered_at, dayOf(row.deadline)),
      answeredAt: row.answered_at?.toISOString() ?? null,
    })),
  ];
  const order = { open: 0, answered: 1, expired: 2 } as const;
  exchanges.sort(
    (a, b) =>
      order[a.state] - order[b.state] ||
      a.deadline.localeCompare(b.deadline) ||
      a.askedAt.localeCompare(b.askedAt) ||
      a.id.localeCompare(b.id),
  );
  return exchanges;
}

/**
 * The frame of a vendor's answer: `authorize` on its bid (another vendor's is not found, like a
 * missing one), then one transaction that locks the bid's tender and decides again. The answer
 * is taken once, to the end of the deadline day in Europe/Berlin.
 */
async function answerAsVendor<T>(
  ctx: ServiceContext,
  change: { operationId: OperationId; action: TenderAuditAction; bidId: string },
  work: (scope: {
    trx: Transaction<DB>;
    tenderId: string;
    now: Date;
    vendor: VendorActor;
  }) => Promise<T>,
): Promise<T> {
  const { operationId, action, bidId } = change;
  const found = await findBidAccess(ctx.db, bidId);
  await authorize(ctx, {
    operationId,
    ...(found !== undefined && { object: bidAccessObject(found) }),
  });
  const vendor = vendorActorOf(ctx);
  const object = found === undefined ? null : tenderRef(found.tender.id);
  return recordingTenderRefusals(ctx, { action, object }, async () => {
    if (found === undefined) throw new NotFoundError(bidNotFound);
    return withTransaction<DB, T>(ctx.db, async (trx) => {
      const tender = await lockTender(trx, found.tender.id);
      const current = await findBidAccess(trx, bidId);
      if (tender === undefined || current === undefined) throw new NotFoundError(bidNotFound);
      const access = bidAccessObject(current);
      const decision = decide({ principal: ctx.principal, operationId, object: access });
      if (!decision.allowed) throw refusalError(decision.refusal, access);
      return work({ trx, tenderId: tender.id, now: await ctx.clock.now<DB>(trx), vendor });
    });
  });
}

/** Who answered: the vendor's user, or its API key. */
function answeredBy(vendor: VendorActor) {
  return {
    ...(vendor.userId !== null && { answered_by_user_id: vendor.userId }),
    ...(vendor.apiKeyId !== null && { answered_by_api_key_id: vendor.apiKeyId }),
    answer_channel: 'bidder' as const,
  };
}

function requireOpen(row: { answered_at: Date | null; deadline: string }, now: Date): void {
  if (row.answered_at !== null) throw new ConflictError('This was answered already; once only.');
  if (!deadlineRuns(dayOf(row.deadline), now)) {
    throw new ConflictError(
      `The deadline ended with ${dayOf(row.deadline)} (Europe/Berlin); the answer can no longer be taken.`,
    );
  }
}

/** The vendor supplies the documents asked for, once, by the end of the deadline day. */
export async function answerDocumentRequest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { bidId: string; requestId: string; answer: AnswerDocumentRequestInput };
}): Promise<OwnBidExchange> {
  const { bidId, requestId, answer } = input;
  await answerAsVendor(
    ctx,
    { operationId: 'answerDocumentRequest', action: 'tender.evaluation.document_answered', bidId },
    async ({ trx, tenderId, now, vendor }) => {
      const row = await trx
        .selectFrom('bid_document_request')
        .selectAll()
        .where('id', '=', requestId)
        .where('bid_id', '=', bidId)
        .executeTakeFirst();
      if (row === undefined) throw new NotFoundError(bidNotFound);
      requireOpen(row, now);
      await trx
        .updateTable('bid_document_request')
        .set({
          ...(answer.note !== undefined && { answer_note: answer.note }),
          answer_documents: canonicalJson(answer.documents),
          answered_at: now,
          ...answeredBy(vendor),
        })
        .where('id', '=', requestId)
        .execute();
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.document_answered',
        object: tenderRef(tenderId),
        after: { requestId, bidId, documents: answer.documents.map((doc) => doc.sha256) },
      });
    },
  );
  return ownExchange(ctx, 'documentRequest', requestId);
}

/** The vendor answers a clarification, once, by the end of the deadline day. */
export async function answerClarification({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { bidId: string; clarificationId: string; answer: AnswerClarificationInput };
}): Promise<OwnBidExchange> {
  const { bidId, clarificationId, answer } = input;
  await answerAsVendor(
    ctx,
    {
      operationId: 'answerClarification',
      action: 'tender.evaluation.clarification_answered',
      bidId,
    },
    async ({ trx, tenderId, now, vendor }) => {
      const row = await trx
        .selectFrom('bid_clarification')
        .selectAll()
        .where('id', '=', clarificationId)
        .where('bid_id', '=', bidId)
        .executeTakeFirst();
      if (row === undefined) throw new NotFoundError(bidNotFound);
      requireOpen(row, now);
      await trx
        .updateTable('bid_clarification')
        .set({
          answer: answer.answer,
          answered_at: now,
          ...answeredBy(vendor),
        })
        .where('id', '=', clarificationId)
        .execute();
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.clarification_answered',
        object: tenderRef(tenderId),
        after: { clarificationId, bidId, answer: answer.answer },
      });
    },
  );
  return ownExchange(ctx, 'clarification', clarificationId);
}

/** One exchange as the vendor's list shows it, after its answer. */
async function ownExchange(
  ctx: ServiceContext,
  kind: OwnBidExchange['kind'],
  id: string,
): Promise<OwnBidExchange> {
  const vendor = vendorActorOf(ctx);
  const exchanges = await exchangesOf(ctx.db, vendor.organisationId, await ctx.clock.now());
  return exchanges.find((exchange) => exchange.kind === kind && exchange.id === id)!;
}
