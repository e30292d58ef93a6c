import type {
  ReceivedAnswer,
  RecordReceivedClarificationInput,
  RecordReceivedDocumentsInput,
} from '@tenderwise/schema';
import { Temporal } from 'temporal-polyfill';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { endOfDay } from '../../domain/deadlines/time.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender, type TenderChangeScope } from '../tenders/tender-steps.ts';

const notFound = 'Nothing exists at this address.';

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
  const row = await scope.trx
    .selectFrom(table)
    .innerJoin('bid', 'bid.id', `${table}.bid_id`)
    .select([
      `${table}.id as id`,
      `${table}.deadline as deadline`,
      table === 'bid_document_request'
        ? 'bid_document_request.requested_at as asked_at'
        : 'bid_clarification.asked_at as asked_at',
      `${table}.answered_at as answered_at`,
      `${table}.decided_at as decided_at`,
      'bid.source as source',
    ])
    .where(`${table}.id`, '=', ids.id)
    .where(`${table}.bid_id`, '=', ids.bidId)
    .where(`${table}.tender_id`, '=', ids.tenderId)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError(notFound);
  if (row.source !== 'import') {
    throw new ConflictError(
      'This bid came to our vault: its bidder answers here in person. Only answers to bids ' +
        'imported from the platform are recorded by an officer.',
    );
  }
  if (row.answered_at !== null || row.decided_at !== null) {
    throw new ConflictError('This exchange already has its answer or its decision.');
  }
  const at = new Date(receivedAt);
  const lastMoment = endOfDay(Temporal.PlainDate.from(row.deadline)).epochMilliseconds;
  if (at.getTime() > scope.now.getTime() || at.getTime() < row.asked_at.getTime()) {
    throw new ValidationError('The answer was received between the question and now.', [
      { in: 'body', pointer: '/receivedAt', detail: 'Not before the question, not after now.' },
    ]);
  }
  if (at.getTime() >= lastMoment) {
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
