import type { Conversation, ConversationDraft, ConversationInput } from '@tenderwise/schema';
import type { ConversationRow, NewTurn } from '../../db/repositories/conversations.ts';
import type { ParseContext } from '../../domain/conversations/parser/context.ts';
import type { ServiceContext } from '../context.ts';

/** What the person sees of a conversation besides its turns. */
export interface Shown {
  steps: Conversation['steps'];
  prompt: Conversation['prompt'];
  draft: ConversationDraft;
  currentStepId: string | null;
}

/** A turn as the person gave it and as the assistant understood it. */
export interface Said {
  text: string;
  input: ConversationInput;
}

/**
 * How one kind of conversation talks: a guided path (a tender, an options review) steps through
 * questions and proposals; the results conversation answers questions. The service verbs
 * (start, read, take a turn) are the same for all.
 */
export interface ConversationKind {
  /** The first turns of a new conversation. */
  start(ctx: ServiceContext, row: ConversationRow): Promise<NewTurn[]>;
  show(ctx: ServiceContext, row: ConversationRow): Promise<Shown>;
  /** What free text means here, and the context it was read in (for a language model). */
  understand(
    ctx: ServiceContext,
    row: ConversationRow,
    text: string,
  ): Promise<{ input: ConversationInput; context: ParseContext }>;
  /**
   * What the turn needs that may take long (an answer the operator's language model rephrases),
   * made before the turn's transaction: the embedded database serves one at a time.
   */
  prepare?(ctx: ServiceContext, row: ConversationRow, said: Said): Promise<unknown>;
  /**
   * Answers a turn and keeps it; runs in the transaction that holds the conversation, with what
   * `prepare` made. Returns the conversation as kept and as it now shows.
   */
  take(
    ctx: ServiceContext,
    row: ConversationRow,
    said: Said,
    prepared?: unknown,
  ): Promise<{ row: ConversationRow; shown: Shown }>;
}
