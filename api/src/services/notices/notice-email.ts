import type { MailMessage } from '../../adapters/mail/mail-sender.ts';
import type { ClaimedDelivery } from '../../db/repositories/notices.ts';

/**
 * The e-mail for a notice. Users have no language setting, so it carries both languages, German
 * first, as the authorities write; the subject names both.
 */
export function noticeEmail(delivery: ClaimedDelivery): MailMessage {
  const { notice } = delivery;
  const subject =
    notice.subject_de === notice.subject_en
      ? notice.subject_de
      : `${notice.subject_de} / ${notice.subject_en}`;
  return {
    to: delivery.address,
    subject,
    text: `${notice.body_de}\n\n-- English --\n\n${notice.body_en}\n`,
  };
}
