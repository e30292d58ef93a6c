import type { Kysely } from 'kysely';
import { MailSendError, type MailSender } from '../../adapters/mail/mail-sender.ts';
import type { Clock } from '../../clock.ts';
import {
  claimDueDeliveries,
  markDeliveryDispatched,
  markDeliveryFailed,
} from '../../db/repositories/notices.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';
import { noticeEmail } from './notice-email.ts';

/**
 * How long a claimed delivery belongs to the process that claimed it. Longer than one send can
 * take (the SMTP sender's timeouts), so a slow send is not claimed twice; a process that dies
 * mid-send leaves its claims to fall due again after this.
 */
export const deliveryLeaseMs = 10 * 60_000;

/** After this many failed attempts a delivery is given up (about 30 hours with the backoff). */
export const maxDeliveryAttempts = 10;

const firstRetryMs = 60_000;
const longestRetryMs = 6 * 60 * 60_000;

/** Waits 1, 4, 16, 64 minutes, …, at most 6 hours, after the n-th failed attempt. */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 4 ** Math.max(0, attempts - 1), longestRetryMs);
}

export interface DispatchResult {
  dispatched: number;
  retrying: number;
  givenUp: number;
}

/**
 * Sends the e-mail deliveries that are due, up to `limit`, and records each outcome: the
 * dispatch time from the Clock once the relay accepted the message, or the failure's code and
 * when to try again. Claiming and settling are short statements of their own, never one
 * transaction around a send: on the embedded database a transaction held open through an SMTP
 * conversation would stall every request.
 */
export async function dispatchPendingNotices(options: {
  db: Kysely<DB>;
  clock: Clock;
  mail: MailSender;
  logger: Logger;
  limit?: number;
}): Promise<DispatchResult> {
  const { db, clock, mail, logger } = options;
  const now = await clock.now(db);
  const claimed = await claimDueDeliveries(db, {
    now,
    leaseUntil: new Date(now.getTime() + deliveryLeaseMs),
    limit: options.limit ?? 50,
  });
  const result: DispatchResult = { dispatched: 0, retrying: 0, givenUp: 0 };
  for (const delivery of claimed) {
    try {
      await mail.send(noticeEmail(delivery));
    } catch (error) {
      const failure =
        error instanceof MailSendError ? error : new MailSendError('send_failed', false);
      const giveUp = failure.permanent || delivery.attempts >= maxDeliveryAttempts;
      const failedAt = await clock.now(db);
      await markDeliveryFailed(db, delivery.id, {
        error: failure.code,
        nextAttemptAt: giveUp
          ? null
          : new Date(failedAt.getTime() + retryDelayMs(delivery.attempts)),
      });
      // The delivery's id, never its address: the log is not the place for personal data.
      logger.warn(
        { delivery: delivery.id, attempts: delivery.attempts, code: failure.code, giveUp },
        giveUp ? 'notice e-mail given up' : 'notice e-mail failed; will retry',
      );
      if (giveUp) result.givenUp += 1;
      else result.retrying += 1;
      continue;
    }
    if (await markDeliveryDispatched(db, delivery.id, await clock.now(db))) result.dispatched += 1;
  }
  return result;
}
