import type { NoticeListQuery, NoticeListResponse } from '@tenderwise/schema';
import { countUnreadNoticesOf, listNoticesOf } from '../../db/repositories/notice-inbox.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { noticeReaderOf } from './notice-reader.ts';
import { noticeView } from './notice-view.ts';

/**
 * One page of the caller's notices, newest first, with how many of them are unread. The
 * organisation is the caller's: nobody names another's notices.
 */
export async function listNotices({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: NoticeListQuery;
}): Promise<NoticeListResponse> {
  await authorize(ctx, { operationId: 'listNotices' });
  const reader = noticeReaderOf(ctx.principal);
  const limit = pageSize(input.limit);
  const before =
    input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listNoticesOf(ctx.db, reader, {
    limit,
    ...(before !== undefined && { before }),
  });
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  return {
    notices: page.rows.map(noticeView),
    unread: await countUnreadNoticesOf(ctx.db, reader),
    nextCursor: page.nextCursor,
  };
}
