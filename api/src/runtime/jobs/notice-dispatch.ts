import type { Kysely } from 'kysely';
import type { MailSender } from '../../adapters/mail/mail-sender.ts';
import type { Clock } from '../../clock.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';
import { dispatchPendingNotices } from '../../services/notices/dispatch-pending-notices.ts';

/** Notices should arrive within a minute; one indexed query every 30 s costs next to nothing. */
export const noticeDispatchIntervalMs = 30_000;

/**
 * Sends due notice e-mails at every interval, without keeping the process alive. Started only
 * when SMTP is configured. Several server processes may each run it: deliveries are claimed with
 * `skip locked`, so none is sent twice by two of them. Returns a function that stops it, waits
 * for a run in progress and closes the mail sender.
 */
export function startNoticeDispatch(options: {
  db: Kysely<DB>;
  clock: Clock;
  logger: Logger;
  mail: MailSender;
  intervalMs?: number;
}): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running.then(() =>
      dispatchPendingNotices(options).catch((error: unknown) =>
        options.logger.warn({ err: error }, 'notice dispatch failed'),
      ),
    );
  };
  const every = setInterval(tick, options.intervalMs ?? noticeDispatchIntervalMs);
  every.unref();
  return async () => {
    clearInterval(every);
    await running;
    await options.mail.close();
  };
}
