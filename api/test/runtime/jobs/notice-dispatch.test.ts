import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage, MailSender } from '../../../src/adapters/mail/mail-sender.ts';
import { fixedClock } from '../../../src/clock.ts';
import { createLogger } from '../../../src/logger.ts';
import { startNoticeDispatch } from '../../../src/runtime/jobs/notice-dispatch.ts';
import { enqueueNotice } from '../../../src/services/notices/enqueue-notice.ts';
import { openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';

describe('notice dispatch job', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  it('sends due notices at its interval and closes the sender when stopped', async () => {
    const clock = fixedClock('2026-03-10T08:00:00.000Z');
    const vendor = await seedUser(handle.db, 'vendor');
    const { noticeIds } = await enqueueNotice(
      handle.db,
      {
        kind: 'clarification_answer',
        subject: { de: 'Antwort auf Ihre Frage', en: 'Answer to your question' },
        body: { de: 'Ja.', en: 'Yes.' },
        object: { type: 'tender', id: randomUUID() },
      },
      [{ organisationId: vendor.organisation_id, userId: vendor.id }],
      { now: await clock.now(), email: true },
    );
    let sent!: (message: MailMessage) => void;
    const firstSend = new Promise<MailMessage>((resolve) => (sent = resolve));
    let closed = false;
    const mail: MailSender = {
      async send(message) {
        sent(message);
      },
      async close() {
        closed = true;
      },
    };

    const stop = startNoticeDispatch({
      db: handle.db,
      clock,
      logger: createLogger('silent'),
      mail,
      intervalMs: 5,
    });
    expect((await firstSend).to).toBe(vendor.email);
    await stop();

    expect(closed).toBe(true);
    const delivery = await handle.db
      .selectFrom('notice_delivery')
      .select('dispatched_at')
      .where('notice_id', '=', noticeIds[0]!)
      .executeTakeFirstOrThrow();
    expect(delivery.dispatched_at).toEqual(await clock.now());
  });
});
