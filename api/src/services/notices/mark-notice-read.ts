import type { Notice } from '@tenderwise/schema';
import { findNoticeOf, markNoticeReadAt } from '../../db/repositories/notice-inbox.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { noticeReaderOf } from './notice-reader.ts';
import { noticeView } from './notice-view.ts';

/**
 * Marks one of the caller's notices read. The first time counts: marking it again changes
 * nothing and answers the same. A notice of another organisation, or addressed to another user,
 * is not found, like one that does not exist. A notice to the whole organisation is read for
 * all its users at once (it has one `read_at`). Reading is no change the audit log records.
 */
export async function markNoticeRead({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { noticeId: string };
}): Promise<Notice> {
  await authorize(ctx, { operationId: 'markNoticeRead' });
  const reader = noticeReaderOf(ctx.principal);
  const notice = await findNoticeOf(ctx.db, reader, input.noticeId);
  if (notice === undefined) throw new NotFoundError('Nothing exists at this address.');
  if (notice.read_at === null) {
    await markNoticeReadAt(ctx.db, notice.id, await ctx.clock.now(ctx.db));
  }
  const after = await findNoticeOf(ctx.db, reader, input.noticeId);
  return noticeView(after ?? notice);
}
