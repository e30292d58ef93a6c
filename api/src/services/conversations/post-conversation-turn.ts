import type { Conversation, ConversationTurnInput } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import {
  findConversationOf,
  listTurns,
  lockConversationOf,
  type ConversationRow,
} from '../../db/repositories/conversations.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import type { ConversationAction } from '../../domain/conversations/dialogue/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import { auditRefusal } from '../audited-change.ts';
import type { ServiceContext } from '../context.ts';
import { tenderRef } from '../tenders/audit.ts';
import type { Said } from './conversation-kind.ts';
import { kindOf } from './conversation-runtime.ts';
import {
  assistantTurn,
  recordTurns,
  showConversation,
  stateOf,
  userTurn,
} from './conversation-steps.ts';
import { conversationNotFound } from './get-conversation.ts';
import { conversationView } from './conversation-view.ts';
import { ActionRefused, refusalMessage } from './guided-conversation.ts';

/** The audit action of each kind of change, for the record of a refused one. */
const auditActionOf: Record<ConversationAction['kind'], string> = {
  createTender: 'tender.tender.created',
  updateTender: 'tender.tender.updated',
  saveLotScheme: 'tender.scheme.saved',
  updateDeadlines: 'tender.deadlines.updated',
  addTeamMember: 'tender.team.member_added',
  requestPublication: 'tender.publication.requested',
  createOptionsReview: 'options_review.review.created',
  saveReviewScheme: 'options_review.scheme.saved',
};

/**
 * One turn of the caller in one of their conversations: free text read by the parser, or an
 * input sent by a quick reply or a widget; then the assistant's answer. A confirmed proposal's
 * actions run in the same transaction as the turn is kept, so either both happen or, when a verb
 * refuses, neither: the turn and the refusal are then kept in a transaction of their own, and
 * the proposal waits as before.
 */
export async function postConversationTurn({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ConversationTurnInput & { conversationId: string };
}): Promise<Conversation> {
  await authorize(ctx, { operationId: 'postConversationTurn' });
  const { principal } = ctx;
  if (principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
  const userId = principal.userId;
  const read = await findConversationOf(ctx.db, input.conversationId, userId);
  if (read === undefined) throw new NotFoundError(conversationNotFound);
  const kind = kindOf(read.path);
  // Read outside the transaction: a language model may take seconds, and the embedded database
  // serves one transaction at a time.
  const said = await understand(ctx, read, input);
  const prepared = await kind.prepare?.(ctx, read, said);
  const locked = async (trx: Transaction<DB>) => {
    const row = await lockConversationOf(trx, input.conversationId, userId);
    if (row === undefined) throw new NotFoundError(conversationNotFound);
    if (row.status !== 'open') {
      throw new ConflictError('This conversation is finished; start a new one to go on.');
    }
    if (row.turn_count !== read.turn_count) {
      throw new ConflictError(
        'The conversation went on in the meantime (another window?); reload it and answer again.',
      );
    }
    return row;
  };
  try {
    return await withTransaction<DB, Conversation>(ctx.db, async (trx) => {
      const inner = { ...ctx, db: trx };
      const taken = await kind.take(inner, await locked(trx), said, prepared);
      return conversationView(taken.row, await listTurns(trx, taken.row.id), taken.shown);
    });
  } catch (error) {
    if (!(error instanceof ActionRefused)) throw error;
    // Inside a caller's transaction (a command, the demo loader) nothing was rolled back here:
    // the refusal is the caller's to handle, and its transaction's to undo.
    if (ctx.db.isTransaction) throw error.refusal;
    return withTransaction<DB, Conversation>(ctx.db, async (trx) => {
      const inner = { ...ctx, db: trx };
      const row = await locked(trx);
      const state = stateOf(row);
      // The verb's own record of its refusal rolled back with the turn's transaction.
      await auditRefusal(trx, inner, {
        action: auditActionOf[error.action.kind],
        object: row.tender_id === null ? null : tenderRef(row.tender_id),
      });
      const stored = await recordTurns(inner, row, {
        turns: [
          userTurn(said.text, said.input, state.stepId),
          assistantTurn(refusalMessage(error.refusal), state.stepId),
        ],
        state,
        status: row.status,
        tenderId: row.tender_id,
        optionsReviewId: row.options_review_id,
      });
      return showConversation(inner, stored);
    });
  }
}

/**
 * What the turn means where the conversation is: a quick reply's input as sent; free text as the
 * parser reads it, and where the parser understands nothing, as the operator's language model
 * maps it, if there is one (its mapping is checked against the step's names and slots, and leads
 * to the same proposals and confirmations).
 */
async function understand(
  ctx: ServiceContext,
  row: ConversationRow,
  input: ConversationTurnInput,
): Promise<Said> {
  if (!('text' in input)) return { text: input.label, input: input.input };
  const { input: parsed, context } = await kindOf(row.path).understand(ctx, row, input.text);
  if (parsed.intent !== 'unknown' || !ctx.languageModel) return { text: input.text, input: parsed };
  const mapped = await ctx.languageModel.mapUtterance(input.text, context);
  return { text: input.text, input: mapped ?? parsed };
}
