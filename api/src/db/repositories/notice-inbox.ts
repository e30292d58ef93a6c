import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../types.ts';
import type { NoticeRecord } from './notices.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Whose notices: an organisation's, and with a user, also those addressed to that user. */
export interface NoticeReader {
  organisationId: string;
  userId: string | null;
}

function visibleTo(db: Db, reader: NoticeReader) {
  return db
    .selectFrom('notice')
    .where('organisation_id', '=', reader.organisationId)
    .where((eb) =>
      reader.userId === null
        ? eb('user_id', 'is', null)
        : eb.or([eb('user_id', 'is', null), eb('user_id', '=', reader.userId)]),
    );
}

/** One page of the reader's notices, newest first. */
export function listNoticesOf(
  db: Db,
  reader: NoticeReader,
  page: { limit: number; before?: { createdAt: Date; id: string } },
): Promise<NoticeRecord[]> {
  let query = visibleTo(db, reader)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) {
    const { createdAt, id } = page.before;
    query = query.where(sql<boolean>`(created_at, id) < (${createdAt}, ${id}::uuid)`);
  }
  return query.execute();
}

export async function countUnreadNoticesOf(db: Db, reader: NoticeReader): Promise<number> {
  const row = await visibleTo(db, reader)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findNoticeOf(
  db: Db,
  reader: NoticeReader,
  id: string,
): Promise<NoticeRecord | undefined> {
  return visibleTo(db, reader).selectAll().where('id', '=', id).executeTakeFirst();
}

/** Sets `read_at` unless it is set already (the database lets it be set once). */
export async function markNoticeReadAt(db: Db, id: string, at: Date): Promise<void> {
  await db
    .updateTable('notice')
    .set({ read_at: at })
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
}

export interface TenderNoticeRow extends NoticeRecord {
  organisation_name: string;
  deliveries: string | number;
  dispatched: string | number;
  pending: string | number;
  last_dispatched_at: Date | string | null;
}

/** One page of the notices about an object (a tender), newest first, with their e-mail state. */
export function listNoticesAbout(
  db: Db,
  object: { type: string; id: string },
  page: { limit: number; before?: { createdAt: Date; id: string } },
): Promise<TenderNoticeRow[]> {
  let query = db
    .selectFrom('notice')
    .innerJoin('organisation', 'organisation.id', 'notice.organisation_id')
    .selectAll('notice')
    .select((eb) => [
      'organisation.name as organisation_name',
      eb
        .selectFrom('notice_delivery')
        .select((d) => d.fn.countAll<string | number>().as('n'))
        .whereRef('notice_delivery.notice_id', '=', 'notice.id')
        .as('deliveries'),
      eb
        .selectFrom('notice_delivery')
        .select((d) => d.fn.countAll<string | number>().as('n'))
        .whereRef('notice_delivery.notice_id', '=', 'notice.id')
        .where('notice_delivery.dispatched_at', 'is not', null)
        .as('dispatched'),
      eb
        .selectFrom('notice_delivery')
        .select((d) => d.fn.countAll<string | number>().as('n'))
        .whereRef('notice_delivery.notice_id', '=', 'notice.id')
        .where('notice_delivery.dispatched_at', 'is', null)
        .where('notice_delivery.next_attempt_at', 'is not', null)
        .as('pending'),
      eb
        .selectFrom('notice_delivery')
        .select((d) => d.fn.max('notice_delivery.dispatched_at').as('m'))
        .whereRef('notice_delivery.notice_id', '=', 'notice.id')
        .as('last_dispatched_at'),
    ])
    .where('notice.object_type', '=', object.type)
    .where('notice.object_id', '=', object.id)
    .orderBy('notice.created_at', 'desc')
    .orderBy('notice.id', 'desc')
    .limit(page.limit + 1);
  if (page.before !== undefined) {
    const { createdAt, id } = page.before;
    query = query.where(sql<boolean>`(notice.created_at, notice.id) < (${createdAt}, ${id}::uuid)`);
  }
  return query.execute() as Promise<TenderNoticeRow[]>;
}
