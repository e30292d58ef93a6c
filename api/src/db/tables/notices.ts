// Tables of the notice outbox migration; each table's interface is named <Name>Table.
import type { ColumnType, Generated } from 'kysely';

/** Set on insert, never changed. */
type Fixed<T> = ColumnType<T, T, never>;

/** What a notice is about; the database accepts only these. */
export const noticeKinds = [
  'correction',
  'clarification_answer',
  'pre_award_information',
  'cancellation',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeChannels = ['email'] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

export interface NoticeTables {
  notice: NoticeTable;
  notice_delivery: NoticeDeliveryTable;
}

/**
 * One notice to one recipient organisation, optionally to one of its users, in German and
 * English. Append-only: only `read_at` may be set, once (trigger).
 */
export interface NoticeTable {
  id: Generated<string>;
  organisation_id: Fixed<string>;
  user_id: Fixed<string | null>;
  kind: Fixed<NoticeKind>;
  subject_de: Fixed<string>;
  subject_en: Fixed<string>;
  body_de: Fixed<string>;
  body_en: Fixed<string>;
  /** The object the notice concerns, e.g. `tender` and its id. */
  object_type: Fixed<string>;
  object_id: Fixed<string>;
  created_at: Fixed<Date>;
  read_at: ColumnType<Date | null, undefined, Date>;
}

/**
 * One e-mail to send for a notice. `next_attempt_at` is when it is due (null once dispatched or
 * given up); a dispatched row never changes again (trigger).
 */
export interface NoticeDeliveryTable {
  id: Generated<string>;
  notice_id: Fixed<string>;
  channel: ColumnType<NoticeChannel, NoticeChannel | undefined, never>;
  address: Fixed<string>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date | null;
  dispatched_at: ColumnType<Date | null, undefined, Date>;
  /** A short code (`smtp_550`, `timeout`), never a mail server's text. */
  last_error: string | null;
  created_at: Fixed<Date>;
}
