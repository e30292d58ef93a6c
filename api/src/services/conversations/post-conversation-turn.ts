import type { AssistantMessage, Conversation, ConversationTurnInput } from '@tenderwise/schema';
import { lockConversationOf, type ConversationRow } from '../../db/repositories/conversations.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { advance, settle } from '../../domain/conversations/dialogue/advance.ts';
import { notUnderstood, present } from '../../domain/conversations/dialogue/present.ts';
import type { DomainError } from '../../domain/errors.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { runtimeOf } from './conversation-runtime.ts';
import {
  assistantTurn,
  recordTurns,
  showConversation,
  stateOf,
  userTurn,
} from './conversation-steps.ts';
import { conversationNotFound } from './get-conversation.ts';
import { parseTurn } from './parse-turn.ts';
import { runActions } from './run-actions.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';

/** A confirmed change that the verbs it runs through refused; nothing of it was kept. */
class ActionRefused extends Error {
  readonly refusal: DomainError;

  constructor(refusal: DomainError) {
    super(refusal.message);
    this.refusal = refusal;
  }
}

/** What the verbs' refusals say, in both languages (their own text is English). */
function refusalMessage(refusal: DomainError): AssistantMessage {
  return {
    kind: 'reprompt',
    text: {
      de: `Das ließ sich nicht übernehmen; nichts wurde geändert. Grund: ${refusal.message}`,
      en: `This could not be applied; nothing was changed. Reason: ${refusal.message}`,
    },
  };
}

/**
 * One turn of the caller in one of their conversations: free text read by the parser, or an
 * input sent by a quick reply or a widget; then the dialogue's answer. A confirmed proposal's
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
  const locked = async (trx: ServiceContext['db']) => {
    const row = await lockConversationOf(trx as never, input.conversationId, userId);
    if (row === undefined) throw new NotFoundError(conversationNotFound);
    if (row.status !== 'open') {
      throw new ConflictError('This conversation is finished; start a new one to go on.');
    }
    return row;
  };
  try {
    return await withTransaction<DB, Conversation>(ctx.db, async (trx) => {
      const inner = { ...ctx, db: trx };
      const row = await locked(trx);
      const stored = await takeTurn(inner, row, input);
      return showConversation(inner, stored);
    });
  } catch (error) {
    if (!(error instanceof ActionRefused)) throw error;
    return withTransaction<DB, Conversation>(ctx.db, async (trx) => {
      const inner = { ...ctx, db: trx };
      const row = await locked(trx);
      const state = stateOf(row);
      const text = 'text' in input ? input.text : input.label;
      const parsed = 'text' in input ? { intent: 'confirm' as const } : input.input;
      const stored = await recordTurns(inner, row, {
        turns: [
          userTurn(text, parsed, state.stepId),
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

async function takeTurn(
  ctx: ServiceContext,
  row: ConversationRow,
  input: ConversationTurnInput,
): Promise<ConversationRow> {
  const runtime = runtimeOf(row.path);
  const { definition } = runtime;
  const language = row.language;
  const state = stateOf(row);
  const world = await runtime.load(ctx, row);
  const shown = present(definition, state, world, language);
  const today = berlinDayOf((await ctx.clock.now<DB>(ctx.db)).toISOString()).toString();
  const parsed =
    'text' in input ? parseTurn(input.text, shown.question, language, today) : input.input;
  const said = userTurn('text' in input ? input.text : input.label, parsed, state.stepId);
  if (parsed.intent === 'unknown') {
    return recordTurns(ctx, row, {
      turns: [said, assistantTurn(notUnderstood(shown.question), state.stepId)],
      state,
      status: row.status,
      tenderId: row.tender_id,
      optionsReviewId: row.options_review_id,
    });
  }
  const result = advance(definition, state, parsed, world, language, runtime.editorLink(row));
  let objects = { tenderId: row.tender_id, optionsReviewId: row.options_review_id };
  let after = world;
  if (result.actions.length > 0) {
    try {
      objects = await runActions(ctx, objects, result.actions);
    } catch (error) {
      if (
        error instanceof ConflictError ||
        error instanceof ValidationError ||
        error instanceof ForbiddenError
      ) {
        throw new ActionRefused(error);
      }
      throw error;
    }
    after = await runtime.load(ctx, {
      tender_id: objects.tenderId,
      options_review_id: objects.optionsReviewId,
    });
  }
  const next = settle(definition, result.state, after, language);
  const turns = [said, ...result.messages.map((m) => assistantTurn(m, state.stepId))];
  if (result.ask)
    turns.push(assistantTurn(present(definition, next, after, language).message, next.stepId));
  return recordTurns(ctx, row, {
    turns,
    state: next,
    status: next.stepId === null ? 'handedOver' : 'open',
    tenderId: objects.tenderId,
    optionsReviewId: objects.optionsReviewId,
  });
}
