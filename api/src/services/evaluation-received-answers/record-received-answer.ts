import type {
  ReceivedAnswer,
  RecordReceivedClarificationInput,
  RecordReceivedDocumentsInput,
} from '@tenderwise/schema';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { ConflictError, ValidationError } from '../../domain/errors.ts';
import { deadlineRuns } from '../evaluation-stages/berlin-days.ts';
import { findExchange } from '../evaluation-stages/exchange-rows.ts';
import { dayOf } from '../evaluation-stages/views.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender, type TenderChangeScope } from '../tenders/tender-steps.ts';

type Exchange = 'bid_document_request' | 'bid_clarification';

/**
 * The checks both kinds of answer share: the bid came in on the platform (a bidder of our vault
 * answers here, in person); the exchange is still open; the platform's receipt lies between the
 * question and now, and within the deadline day (Europe/Berlin, until 24:00). A late answer is
 * not recorded as if it had come in time: the officer decides on the exchange without it.
 */
async function openExchange(
  scope: TenderChangeScope,
  table: Exchange,
  ids: { tenderId: string; bidId: string; id: string },
  receivedAt: string,
) {
  // One call per table, so that each gets its row type from the overloads.
  const row =
    table === 'bid_document_request'
      ? await findExchange(scope.trx, table, ids)
      : await findExchange(scope.trx, table, ids);
  const askedAt = 'requested_at' in row ? row.requested_at : row.asked_at;
  const bid = await scope.trx
    .selectFrom('bid')
    .select('source')
    .where('id', '=', ids.bidId)
    .executeTakeFirstOrThrow();
  if (bid.source !== 'import') {
    throw new ConflictError(
      'This bid came to our vault: its bidder answers here in person. Only answers to bids ' +
        'imported from the platform are recorded by an officer.',
    );
  }
  if (row.answered_at !== null || row.decided_at !== null) {
    throw new ConflictError('This exchange already has its answer or its decision.');
  }
  const at = new Date(receivedAt);
  if (at.getTime() > scope.now.getTime() || at.getTime() < askedAt.getTime()) {
    throw new ValidationError('The answer was received between the question and now.', [
      { in: 'body', pointer: '/receivedAt', detail: 'Not before the question, not after now.' },
    ]);
  }
  if (!deadlineRuns(dayOf(row.deadline), at)) {
    throw new ValidationError(
      `The answer came after the deadline day ${row.deadline}; it is not recorded as an answer. ` +
        'Decide on the exchange without it.',
      [{ in: 'body', pointer: '/receivedAt', detail: `By the end of ${row.deadline}.` }],
    );
  }
  return { row, at };
}

/** Records the documents a bidder of an imported bid supplied through the platform. */
export async function recordReceivedDocuments({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordReceivedDocumentsInput & { tenderId: string; bidId: string; requestId: string };
}): Promise<ReceivedAnswer> {
  const { tenderId, bidId, requestId } = input;
  return changeTender(
    ctx,
    {
      operationId: 'recordReceivedDocuments',
      tenderId,
      action: 'tender.evaluation.answer_received',
    },
    async (scope) => {
      const { at } = await openExchange(
        scope,
        'bid_document_request',
        { tenderId, bidId, id: requestId },
        input.receivedAt,
      );
      await scope.trx
        .updateTable('bid_document_request')
        .set({
          ...(input.note !== undefined && { answer_note: input.note }),
          answer_documents: canonicalJson(input.documents),
          answered_at: at,
          answered_by_user_id: scope.caller.userId,
          answer_channel: 'platform',
        })
        .where('id', '=', requestId)
        .execute();
      await auditTenderChange(scope.trx, ctx, {
        action: 'tender.evaluation.answer_received',
        object: tenderRef(tenderId),
        after: {
          documentRequestId: requestId,
          bidId,
          receivedAt: at.toISOString(),
          documents: input.documents.map((document) => document.sha256),
        },
      });
      return {
        id: requestId,
        channel: 'platform',
        answeredAt: at.toISOString(),
        recordedBy: scope.caller.userId,
      };
    },
  );
}

/** Records the answer to a clarification a bidder of an imported bid sent through the platform. */
export async function recordReceivedClarification({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: RecordReceivedClarificationInput & {
    tenderId: string;
    bidId: string;
    clarificationId: string;
  };
}): Promise<ReceivedAnswer> {
  const { tenderId, bidId, clarificationId } = input;
  return changeTender(
    ctx,
    {
      operationId: 'recordReceivedClarification',
      tenderId,
      action: 'tender.evaluation.answer_received',
    },
    async (scope) => {
      const { at } = await openExchange(
        scope,
        'bid_clarification',
        { tenderId, bidId, id: clarificationId },
        input.receivedAt,
      );
      await scope.trx
        .updateTable('bid_clarification')
        .set({
          answer: input.answer,
          answered_at: at,
          answered_by_user_id: scope.caller.userId,
          answer_channel: 'platform',
        })
        .where('id', '=', clarificationId)
        .execute();
      await auditTenderChange(scope.trx, ctx, {
        action: 'tender.evaluation.answer_received',
        object: tenderRef(tenderId),
        after: { clarificationId, bidId, receivedAt: at.toISOString(), answer: input.answer },
      });
      return {
        id: clarificationId,
        channel: 'platform',
        answeredAt: at.toISOString(),
        recordedBy: scope.caller.userId,
      };
    },
  );
}
