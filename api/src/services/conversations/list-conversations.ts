import type { ConversationListResponse } from '@tenderwise/schema';
import type { z } from 'zod';
import {
  listConversationsOf,
  type ConversationRow,
  type ListedConversationRow,
} from '../../db/repositories/conversations.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';

const titles: Record<ConversationRow['path'], { de: string; en: string }> = {
  tender: { de: 'Ausschreibung vorbereiten', en: 'Preparing a tender' },
  optionsReview: { de: 'Optionen vergleichen', en: 'Comparing options' },
  results: { de: 'Fragen zu Ergebnissen', en: 'Questions about results' },
  officialResult: { de: 'Fragen zum amtlichen Ergebnis', en: 'Questions about an official result' },
};

/** The path's name, with the title of what the conversation is about once there is one. */
function titleOf(row: ListedConversationRow): { de: string; en: string } {
  const about = row.tender_title ?? row.review_title;
  const name = titles[row.path];
  return about === null ? name : { de: `${name}: ${about}`, en: `${name}: ${about}` };
}

/** The cursor's key: the time of the last change and the id, in the shape of a created key. */
function readUpdatedKey(key: unknown): { updatedAt: Date; id: string } | undefined {
  const read = readCreatedKey(key);
  return read === undefined ? undefined : { updatedAt: read.createdAt, id: read.id };
}

/** The caller's conversations, the latest changed first. */
export async function listConversations({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { limit?: number | undefined; cursor?: string | undefined };
}): Promise<z.output<typeof ConversationListResponse>> {
  await authorize(ctx, { operationId: 'listConversations' });
  const { principal } = ctx;
  if (principal.kind !== 'user') throw new Error('Only signed-in users hold conversations');
  const limit = pageSize(input.limit);
  const before =
    input.cursor === undefined ? undefined : decodeCursor(input.cursor, readUpdatedKey);
  const rows = await listConversationsOf(ctx.db, principal.userId, {
    limit,
    ...(before !== undefined && { before }),
  });
  const page = pageOf(rows, limit, (row) => [row.updated_at.toISOString(), row.id]);
  return {
    conversations: page.rows.map((row) => ({
      id: row.id,
      path: row.path,
      language: row.language,
      status: row.status,
      title: titleOf(row),
      tenderId: row.tender_id,
      optionsReviewId: row.options_review_id,
      lotNumber: row.lot_number,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
