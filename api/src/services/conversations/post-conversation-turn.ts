import type {
  AssistantMessage,
  Conversation,
  ConversationInput,
  ConversationTurnInput,
} from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import {
  findConversationOf,
  listTurns,
  lockConversationOf,
  type ConversationRow,
} from '../../db/repositories/conversations.ts';
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
import { ActionFailed, runActions } from './run-actions.ts';
import type { ConversationAction } from '../../domain/conversations/dialogue/types.ts';
import { auditRefusal } from '../audited-change.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { berlinDayOf } from '../../domain/deadlines/time.ts';

/** A confirmed change that the verbs it runs through refused; nothing of it was kept. */
class ActionRefused extends Error {
  readonly refusal: DomainError;
  readonly action: ConversationAction;

  constructor(refusal: DomainError, action: ConversationAction) {
    super(refusal.message);
    this.refusal = refusal;
    this.action = action;
  }
}

/** The audit action of each kind of change, for the record of a refused one. */
const auditActionOf: Record<ConversationAction['kind'], string> = {
  createTender: 'tender.tender.created',
  updateTender: 'tender.tender.updated',
  saveLotScheme: 'tender.scheme.saved',
  updateDeadlines: 'tender.deadlines.updated',
  addTeamMember: 'tender.team.member_added',
  requestPublication: 'tender.publication.requested',
  createOptionsReview: 'options_review.review.created',
};

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
  const read = await findConversationOf(ctx.db, input.conversationId, userId);
  if (read === undefined) throw new NotFoundError(conversationNotFound);
  // Read outside the transaction: a language model may take seconds, and the embedded database
  // serves one transaction at a time.
  const understood = await understand(ctx, read, input);
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
      const stored = await takeTurn(inner, await locked(trx), understood);
      return showConversation(inner, stored);
    });
  } catch (error) {
    if (!(error instanceof ActionRefused)) throw error;
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
          userTurn(understood.text, understood.input, state.stepId),
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

/** A turn as the person gave it and as the assistant understood it. */
interface Understood {
  text: string;
  input: ConversationInput;
}

/**
 * What the turn means at the step the conversation is at: a quick reply's input as sent; free
 * text as the parser reads it, and where the parser understands nothing, as the operator's
 * language model maps it, if there is one (its mapping is checked against the step's names and
 * slots, and leads to the same proposals and confirmations).
 */
async function understand(
  ctx: ServiceContext,
  row: ConversationRow,
  input: ConversationTurnInput,
): Promise<Understood> {
  if (!('text' in input)) return { text: input.label, input: input.input };
  const runtime = runtimeOf(row.path);
  const world = await runtime.load(ctx, row);
  const shown = present(runtime.definition, stateOf(row), world, row.language);
  const today = berlinDayOf((await ctx.clock.now<DB>(ctx.db)).toISOString()).toString();
  const parsed = parseTurn(input.text, shown.question, row.language, today);
  if (parsed.intent !== 'unknown' || !ctx.languageModel) return { text: input.text, input: parsed };
  const mapped = await ctx.languageModel.mapUtterance(input.text, {
    language: row.language,
    vocabulary: shown.question?.vocabulary ?? {},
    ...(shown.question !== null && { expects: shown.question.expects }),
    today,
  });
  return { text: input.text, input: mapped ?? parsed };
}

async function takeTurn(
  ctx: ServiceContext,
  row: ConversationRow,
  understood: Understood,
): Promise<ConversationRow> {
  const runtime = runtimeOf(row.path);
  const { definition } = runtime;
  const language = row.language;
  const state = stateOf(row);
  const world = await runtime.load(ctx, row);
  const parsed = understood.input;
  const said = userTurn(understood.text, parsed, state.stepId);
  if (parsed.intent === 'unknown') {
    const shown = present(definition, state, world, language);
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
      if (!(error instanceof ActionFailed)) throw error;
      const { cause } = error;
      if (
        cause instanceof ConflictError ||
        cause instanceof ValidationError ||
        cause instanceof ForbiddenError
      ) {
        throw new ActionRefused(cause, error.action);
      }
      throw cause;
    }
    after = await runtime.load(ctx, {
      tender_id: objects.tenderId,
      options_review_id: objects.optionsReviewId,
    });
  }
  const next = settle(definition, result.state, after, language);
  const turns = [said, ...result.messages.map((m) => assistantTurn(m, state.stepId))];
  if (result.ask) {
    turns.push(assistantTurn(present(definition, next, after, language).message, next.stepId));
  }
  const stored = await recordTurns(ctx, row, {
    turns,
    state: next,
    status: next.stepId === null ? 'handedOver' : 'open',
    tenderId: objects.tenderId,
    optionsReviewId: objects.optionsReviewId,
  });
  if (objects.tenderId !== null) await auditTurns(ctx, row, stored);
  return stored;
}

/**
 * Puts the turns into the tender's record (Vergabeakte, § 8 VgV): an entry naming the
 * conversation and committing to the turns' content by its hash. The turns before the tender
 * existed go into the entry of the turn that created it.
 */
async function auditTurns(
  ctx: ServiceContext,
  before: ConversationRow,
  after: ConversationRow,
): Promise<void> {
  const from = before.tender_id === null ? 1 : before.turn_count + 1;
  const turns = (await listTurns(ctx.db, after.id)).filter((turn) => turn.number >= from);
  await auditTenderChange(ctx.db as Transaction<DB>, ctx, {
    action: 'tender.conversation.turns',
    object: tenderRef(after.tender_id!),
    after: {
      conversationId: after.id,
      turns: turns.map((turn) => ({
        number: turn.number,
        speaker: turn.speaker,
        text: turn.text,
        content: turn.content,
      })),
    },
  });
}
