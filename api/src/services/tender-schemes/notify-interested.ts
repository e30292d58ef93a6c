import type { Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import type { ServiceContext } from '../context.ts';
import { enqueueNotice, type NoticeContent } from '../notices/enqueue-notice.ts';

/**
 * One notice per vendor organisation that registered interest in the tender, in the producer's
 * transaction; by e-mail too when SMTP is configured. Returns how many organisations it reached.
 */
export async function notifyInterested(
  trx: Transaction<DB>,
  ctx: ServiceContext,
  tenderId: string,
  content: Omit<NoticeContent, 'object'>,
  now: Date,
): Promise<number> {
  const interested = await trx
    .selectFrom('tender_interest')
    .select('organisation_id')
    .where('tender_id', '=', tenderId)
    .orderBy('registered_at')
    .execute();
  if (interested.length === 0) return 0;
  const { noticeIds } = await enqueueNotice(
    trx,
    { ...content, object: { type: 'tender', id: tenderId } },
    interested.map((row) => ({ organisationId: row.organisation_id })),
    { now, email: ctx.settings.noticeEmail === true },
  );
  return noticeIds.length;
}
