import type { Kysely, Selectable, Transaction } from 'kysely';
import type { NoticeKind, NoticeTable } from '../tables/notices.ts';
import type { DB } from '../types.ts';

type Db = Kysely<DB> | Transaction<DB>;

export type NoticeRecord = Selectable<NoticeTable>;

export interface NewNotice {
  organisationId: string;
  userId: string | null;
  kind: NoticeKind;
  subjectDe: string;
  subjectEn: string;
  bodyDe: string;
  bodyEn: string;
  objectType: string;
  objectId: string;
  createdAt: Date;
}

export async function insertNotices(db: Db, notices: readonly NewNotice[]): Promise<string[]> {
  if (notices.length === 0) return [];
  const rows = await db
    .insertInto('notice')
    .values(
      notices.map((notice) => ({
        organisation_id: notice.organisationId,
        user_id: notice.userId,
        kind: notice.kind,
        subject_de: notice.subjectDe,
        subject_en: notice.subjectEn,
        body_de: notice.bodyDe,
        body_en: notice.bodyEn,
        object_type: notice.objectType,
        object_id: notice.objectId,
        created_at: notice.createdAt,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * The addresses e-mail for a recipient goes to: the named user's, or every user's of the
 * organisation; never a disabled user's or anyone's of a disabled organisation.
 */
export async function activeRecipientAddresses(
  db: Db,
  recipient: { organisationId: string; userId: string | null },
): Promise<string[]> {
  let query = db
    .selectFrom('app_user')
    .innerJoin('organisation', 'organisation.id', 'app_user.organisation_id')
    .select('app_user.email')
    .where('app_user.organisation_id', '=', recipient.organisationId)
    .where('app_user.disabled_at', 'is', null)
    .where('organisation.disabled_at', 'is', null);
  if (recipient.userId !== null) query = query.where('app_user.id', '=', recipient.userId);
  const rows = await query.orderBy('app_user.email').execute();
  return [...new Set(rows.map((row) => row.email))];
}

export async function insertEmailDeliveries(
  db: Db,
  deliveries: readonly { noticeId: string; address: string; createdAt: Date }[],
): Promise<number> {
  if (deliveries.length === 0) return 0;
  const rows = await db
    .insertInto('notice_delivery')
    .values(
      deliveries.map((delivery) => ({
        notice_id: delivery.noticeId,
        channel: 'email' as const,
        address: delivery.address,
        created_at: delivery.createdAt,
        next_attempt_at: delivery.createdAt,
      })),
    )
    .onConflict((conflict) => conflict.columns(['notice_id', 'channel', 'address']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

export interface ClaimedDelivery {
  id: string;
  address: string;
  /** Including this one. */
  attempts: number;
  notice: Pick<NoticeRecord, 'id' | 'kind' | 'subject_de' | 'subject_en' | 'body_de' | 'body_en'>;
}

/**
 * Claims up to `limit` deliveries due at `now` by moving their next attempt to `leaseUntil` and
 * counting the attempt, in one statement. `skip locked` lets several processes claim at once on
 * PostgreSQL without waiting for or taking each other's rows; a claim that is never settled
 * (the process died) falls due again when the lease ends.
 */
export async function claimDueDeliveries(
  db: Db,
  options: { now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedDelivery[]> {
  const claimed = await db
    .updateTable('notice_delivery')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      next_attempt_at: options.leaseUntil,
    }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('notice_delivery')
        .select('id')
        .where('dispatched_at', 'is', null)
        .where('next_attempt_at', '<=', options.now)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(options.limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'notice_id', 'address', 'attempts'])
    .execute();
  if (claimed.length === 0) return [];
  const notices = await db
    .selectFrom('notice')
    .select(['id', 'kind', 'subject_de', 'subject_en', 'body_de', 'body_en'])
    .where('id', 'in', [...new Set(claimed.map((row) => row.notice_id))])
    .execute();
  const byId = new Map(notices.map((notice) => [notice.id, notice]));
  return claimed.map((row) => ({
    id: row.id,
    address: row.address,
    attempts: row.attempts,
    notice: byId.get(row.notice_id)!,
  }));
}

/** Records the dispatch; a delivery already dispatched stays as it was. */
export async function markDeliveryDispatched(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('notice_delivery')
    .set({ dispatched_at: at, next_attempt_at: null, last_error: null })
    .where('id', '=', id)
    .where('dispatched_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records a failed attempt; `nextAttemptAt` null gives the delivery up. */
export async function markDeliveryFailed(
  db: Db,
  id: string,
  failure: { error: string; nextAttemptAt: Date | null },
): Promise<void> {
  await db
    .updateTable('notice_delivery')
    .set({ last_error: failure.error, next_attempt_at: failure.nextAttemptAt })
    .where('id', '=', id)
    .where('dispatched_at', 'is', null)
    .execute();
}
