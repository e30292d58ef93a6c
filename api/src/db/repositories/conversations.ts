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

export type ListedConversationRow = ConversationRow & {
  tender_title: string | null;
  review_title: string | null;
};

/** One page of a user's conversations, the latest changed first, with their objects' titles. */
export function listConversationsOf(
  db: Db,
  userId: string,
  page: { limit: number; before?: { updatedAt: Date; id: string } },
): Promise<ListedConversationRow[]> {
  let query = db
    .selectFrom('conversation as c')
    .leftJoin('tender as t', 't.id', 'c.tender_id')
    .leftJoin('options_review as r', 'r.id', 'c.options_review_id')
    .selectAll('c')
    .select(['t.title as tender_title', 'r.title as review_title'])
    .where('c.user_id', '=', userId)
    .orderBy('c.updated_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) {
    const { updatedAt, id } = page.before;
    query = query.where(sql<boolean>`(c.updated_at, c.id) < (${updatedAt}, ${id}::uuid)`);
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
