import type {
  DecideDocumentRequestInput,
  DocumentRequestView,
  RequestMissingDocumentInput,
} from '@tenderwise/schema';
import { missingDocumentRequest } from '../../domain/evaluation-stages/missing-documents.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { berlinToday } from './berlin-days.ts';
import { nextExchangeNumber } from './exchange-numbers.ts';
import { assertDecidable, findExchange } from './exchange-rows.ts';
import { evaluatedBid, lotScheme, lotStanding, requireWorkable } from './lot-standing.ts';
import { documentRequestView } from './views.ts';

/**
 * Asks the bidder for a missing document (Nachforderung), numbered per tender. § 56 VgV decides
 * what may be asked (`domain/evaluation-stages/missing-documents.ts`): never a document that
 * bears on an award criterion of the scheme (§ 56 (3) VgV, 422), nothing when the notice ruled
 * requests out (§ 56 (2) S. 2 VgV, 409). The deadline is a day after today (Europe/Berlin).
 */
export async function requestMissingDocument({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; bidId: string; request: RequestMissingDocumentInput };
}): Promise<DocumentRequestView> {
  const { tenderId, bidId, request } = input;
  return changeTender(
    ctx,
    {
      operationId: 'requestMissingDocument',
      tenderId,
      action: 'tender.evaluation.document_requested',
    },
    async ({ trx, current, now, caller }) => {
      const bid = await evaluatedBid(trx, tenderId, bidId);
      const standing = await lotStanding(trx, tenderId, bid.lotNumber);
      requireWorkable(standing.views.get(bidId)!, request.stage);
      if (request.deadline <= berlinToday(now)) {
        throw new ValidationError('The deadline must be a day after today.', [
          { in: 'body', pointer: '/deadline', detail: 'Give a day after today (Europe/Berlin).' },
        ]);
      }
      const scheme = await lotScheme(trx, tenderId, bid.lotNumber);
      const criterionId = request.criterionId;
      const known =
        criterionId === undefined ||
        (scheme !== null &&
          [
            ...scheme.award,
            ...(scheme.exclusionGrounds ?? []),
            ...(scheme.restrictedRequirements ?? []),
            ...scheme.suitability,
            ...scheme.minimumRequirements,
            ...scheme.conditions,
          ].some((criterion) => criterion.id === criterionId));
      if (!known) {
        throw new ValidationError('The lot’s scheme has no such criterion.', [
          { in: 'body', pointer: '/criterionId', detail: `No criterion ${criterionId}.` },
        ]);
      }
      const allowed = missingDocumentRequest({
        kind: request.kind,
        action: request.action,
        feedsAwardCriterion:
          criterionId !== undefined && scheme!.award.some((node) => node.id === criterionId),
        ...(request.insignificantPriceItem !== undefined && {
          insignificantPriceItem: request.insignificantPriceItem,
        }),
        ruledOutInNotice: current.tender.missing_document_requests === 'ruledOut',
      });
      if (!allowed.allowed) {
        const detail = `${allowed.reason} (${allowed.basis})`;
        if (allowed.basis === '§ 56 Abs. 2 S. 2 VgV') throw new ConflictError(detail);
        throw new ValidationError(detail, [
          {
            in: 'body',
            pointer:
              request.kind === 'price'
                ? '/kind'
                : request.action === 'correct'
                  ? '/action'
                  : '/criterionId',
            detail,
          },
        ]);
      }
      const row = await trx
        .insertInto('bid_document_request')
        .values({
          tender_id: tenderId,
          bid_id: bidId,
          number: await nextExchangeNumber(trx, 'bid_document_request', tenderId),
          stage: request.stage,
          document: request.document,
          kind: request.kind,
          action: request.action,
          criterion_id: criterionId ?? null,
          insignificant_price_item: request.insignificantPriceItem ?? false,
          basis: allowed.basis,
          deadline: request.deadline,
          requested_by: caller.userId,
          requested_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = documentRequestView(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.document_requested',
        object: tenderRef(tenderId),
        after: view,
      });
      return view;
    },
  );
}

/**
 * Decides on a request once: whether the document supplied is accepted. Only once the bidder
 * answered, or after the deadline day passed unanswered (409 before).
 */
export async function decideDocumentRequest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    tenderId: string;
    bidId: string;
    requestId: string;
    decision: DecideDocumentRequestInput;
  };
}): Promise<DocumentRequestView> {
  const { tenderId, bidId, requestId, decision } = input;
  return changeTender(
    ctx,
    {
      operationId: 'decideDocumentRequest',
      tenderId,
      action: 'tender.evaluation.document_request_decided',
    },
    async ({ trx, now, caller }) => {
      const request = await findExchange(trx, 'bid_document_request', {
        tenderId,
        bidId,
        id: requestId,
      });
      assertDecidable(request, now, 'request');
      const row = await trx
        .updateTable('bid_document_request')
        .set({
          decision: decision.decision,
          decision_reasons: decision.reasons,
          decided_by: caller.userId,
          decided_at: now,
        })
        .where('id', '=', requestId)
        .returningAll()
        .executeTakeFirstOrThrow();
      const view = documentRequestView(row);
      await auditTenderChange(trx, ctx, {
        action: 'tender.evaluation.document_request_decided',
        object: tenderRef(tenderId),
        after: view,
      });
      return view;
    },
  );
}
