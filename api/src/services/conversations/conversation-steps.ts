import type { AssistantMessage, Conversation, ConversationInput } from '@tenderwise/schema';
import {
  appendTurns,
  listTurns,
  type ConversationRow,
  type NewTurn,
} from '../../db/repositories/conversations.ts';
import type { DB } from '../../db/types.ts';
import type { DialogueState } from '../../domain/conversations/dialogue/types.ts';
import type { ServiceContext } from '../context.ts';
import { conversationView } from './conversation-view.ts';
import { kindOf } from './conversation-runtime.ts';

export const stateOf = (row: Pick<ConversationRow, 'state'>): DialogueState =>
  JSON.parse(row.state) as DialogueState;

export const assistantTurn = (message: AssistantMessage, stepId: string | null): NewTurn => ({
  speaker: 'assistant',
  stepId,
  text: message.text.de,
  content: message,
});

export const userTurn = (
  text: string,
  input: ConversationInput,
  stepId: string | null,
): NewTurn => ({
  speaker: 'user',
  stepId,
  text,
  content: input,
});

/** The conversation as its user sees it now: transcript, steps, prompt and draft. */
export async function showConversation(
  ctx: ServiceContext,
  row: ConversationRow,
): Promise<Conversation> {
  const shown = await kindOf(row.path).show(ctx, row);
  return conversationView(row, await listTurns(ctx.db, row.id), shown);
}

/** Appends turns and keeps the new state, status and objects of the conversation. */
export async function recordTurns(
  ctx: ServiceContext,
  row: ConversationRow,
  change: {
    turns: readonly NewTurn[];
    state: DialogueState;
    status: ConversationRow['status'];
    tenderId: string | null;
    optionsReviewId: string | null;
  },
): Promise<ConversationRow> {
  const now = await ctx.clock.now<DB>(ctx.db);
  await appendTurns(ctx.db, row.id, row.turn_count, change.turns, now);
  return ctx.db
    .updateTable('conversation')
    .set({
      state: JSON.stringify(change.state),
      status: change.status,
      tender_id: change.tenderId,
      options_review_id: change.optionsReviewId,
      turn_count: row.turn_count + change.turns.length,
      updated_at: now,
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
