import type { Kysely, Transaction } from 'kysely';
import {
  activeRecipientAddresses,
  insertEmailDeliveries,
  insertNotices,
} from '../../db/repositories/notices.ts';
import type { NoticeKind } from '../../db/tables/notices.ts';
import type { DB } from '../../db/types.ts';

export interface NoticeRecipient {
  organisationId: string;
  /** One user of the organisation; without one, the notice is for the whole organisation. */
  userId?: string;
}

export interface NoticeContent {
  kind: NoticeKind;
  subject: { de: string; en: string };
  body: { de: string; en: string };
  /** What the notice concerns, e.g. `{ type: 'tender', id }`. */
  object: { type: string; id: string };
}

/**
 * The addresses an e-mail goes to as they are: one mailbox, nothing a mail header could read as
 * a second recipient or a display name. Accounts accept looser addresses; those are skipped here,
 * which the database's check on deliveries would otherwise refuse, failing the producer's change.
 */
const deliverableAddress = /^[^@\s<>,;:"()[\]\\]+@[^@\s<>,;:"()[\]\\]+$/;

/**
 * Records a notice for each recipient, in the producer's transaction, so a notice exists exactly
 * when the change it announces does. Not an operation of its own: the producing verb has
 * authorised the change and writes the audit entry.
 *
 * With `email` (SMTP is configured), each notice also gets one e-mail delivery per address of
 * its recipient, due at once. Without it, no delivery rows are made at all: notices are read
 * in-app and through the API, and nothing piles up waiting for a relay that may never be set up
 * (ADR 0036).
 */
export async function enqueueNotice(
  trx: Transaction<DB> | Kysely<DB>,
  content: NoticeContent,
  recipients: readonly NoticeRecipient[],
  options: { now: Date; email: boolean },
): Promise<{ noticeIds: string[]; deliveries: number }> {
  const unique = [
    ...new Map(
      recipients.map((recipient) => [
        `${recipient.organisationId}/${recipient.userId ?? ''}`,
        { organisationId: recipient.organisationId, userId: recipient.userId ?? null },
      ]),
    ).values(),
  ];
  const noticeIds = await insertNotices(
    trx,
    unique.map((recipient) => ({
      ...recipient,
      kind: content.kind,
      subjectDe: content.subject.de,
      subjectEn: content.subject.en,
      bodyDe: content.body.de,
      bodyEn: content.body.en,
      objectType: content.object.type,
      objectId: content.object.id,
      createdAt: options.now,
    })),
  );
  if (!options.email) return { noticeIds, deliveries: 0 };
  const deliveries = [];
  for (const [index, recipient] of unique.entries()) {
    const addresses = await activeRecipientAddresses(trx, recipient);
    for (const address of addresses.filter((candidate) => deliverableAddress.test(candidate))) {
      deliveries.push({ noticeId: noticeIds[index]!, address, createdAt: options.now });
    }
  }
  return { noticeIds, deliveries: await insertEmailDeliveries(trx, deliveries) };
}
