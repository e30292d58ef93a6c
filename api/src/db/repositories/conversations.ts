import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { ConversationTable, ConversationTurnTable } from '../tables/conversations.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type ConversationRow = Selectable<ConversationTable>;
export type ConversationTurnRow = Selectable<ConversationTurnTable>;

/** A conversation of `userId`; another user's is not found, like one that does not exist. */
export function findConversationOf(
  db: Db,
  id: string,
  userId: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversation')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The same, locked until the transaction ends: turns of one conversation take turns. */
export function lockConversationOf(
  db: Transaction<DB>,
  id: string,
  userId: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversation')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .forUpdate()
    .executeTakeFirst();
}

export function listTurns(db: Db, conversationId: string): Promise<ConversationTurnRow[]> {
  return db
    .selectFrom('conversation_turn')
    .selectAll()
    .where('conversation_id', '=', conversationId)
    .orderBy('number')
    .execute();
}

/** One page of a user's conversations, the latest changed first. */
export function listConversationsOf(
  db: Db,
  userId: string,
  page: { limit: number; before?: { updatedAt: Date; id: string } },
): Promise<ConversationRow[]> {
  let query = db
    .selectFrom('conversation')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) {
    const { updatedAt, id } = page.before;
    query = query.where(sql<boolean>`(updated_at, id) < (${updatedAt}, ${id}::uuid)`);
  }
  return query.execute();
}

export interface NewTurn {
  speaker: 'user' | 'assistant';
  stepId: string | null;
  text: string;
  content: unknown;
}

/** Appends turns after the conversation's last, numbering on from `after`. */
export async function appendTurns(
  db: Db,
  conversationId: string,
  after: number,
  turns: readonly NewTurn[],
  at: Date,
): Promise<void> {
  if (turns.length === 0) return;
  await db
    .insertInto('conversation_turn')
    .values(
      turns.map((turn, index) => ({
        conversation_id: conversationId,
        number: after + index + 1,
        speaker: turn.speaker,
        step_id: turn.stepId,
        text: turn.text,
        content: JSON.stringify(turn.content),
        created_at: at,
      })),
    )
    .execute();
}
