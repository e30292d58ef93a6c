import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  MailSendError,
  type MailMessage,
  type MailSender,
} from '../../../src/adapters/mail/mail-sender.ts';
import { fixedClock } from '../../../src/clock.ts';
import { insertUser } from '../../../src/db/repositories/users.ts';
import { createLogger } from '../../../src/logger.ts';
import {
  dispatchPendingNotices,
  retryDelayMs,
} from '../../../src/services/notices/dispatch-pending-notices.ts';
import { enqueueNotice, type NoticeContent } from '../../../src/services/notices/enqueue-notice.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

const logger = createLogger('silent');

const correction = (): NoticeContent => ({
  kind: 'correction',
  subject: { de: 'Berichtigung der Vergabeunterlagen', en: 'Correction of the tender documents' },
  body: { de: 'Die Angebotsfrist endet am 12. März.', en: 'The tender deadline is 12 March.' },
  object: { type: 'tender', id: randomUUID() },
});

/** Records what it sends; fails the next `failures` sends with the given error. */
function recordingSender() {
  const sent: MailMessage[] = [];
  let failures: MailSendError[] = [];
  const sender: MailSender & { sent: MailMessage[]; failNext(...errors: MailSendError[]): void } = {
    sent,
    failNext(...errors) {
      failures = errors;
    },
    async send(message) {
      const failure = failures.shift();
      if (failure) throw failure;
      sent.push(message);
    },
    async close() {},
  };
  return sender;
}

describeDatabase('notice outbox', (backend) => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase(backend);
  });
  afterAll(() => handle.close());

  const deliveriesOf = (noticeIds: string[]) =>
    handle.db
      .selectFrom('notice_delivery')
      .selectAll()
      .where('notice_id', 'in', noticeIds)
      .orderBy('address')
      .execute();

  it('sends one e-mail per recipient and records the dispatch time from the clock', async () => {
    const clock = fixedClock('2026-03-02T08:00:00.000Z');
    const vendor = await seedUser(handle.db, 'vendor');
    const officer = await seedUser(handle.db, 'officer');
    const { noticeIds, deliveries } = await handle.db.transaction().execute((trx) =>
      enqueueNotice(
        trx,
        correction(),
        [
          { organisationId: vendor.organisation_id, userId: vendor.id },
          { organisationId: officer.organisation_id, userId: officer.id },
        ],
        { now: new Date('2026-03-02T07:59:00.000Z'), email: true },
      ),
    );
    expect(noticeIds).toHaveLength(2);
    expect(deliveries).toBe(2);

    const mail = recordingSender();
    clock.advance(1_500);
    expect(await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).toEqual({
      dispatched: 2,
      retrying: 0,
      givenUp: 0,
    });
    expect(mail.sent.map((message) => message.to).sort()).toEqual(
      [vendor.email, officer.email].sort(),
    );
    expect(mail.sent[0]).toMatchObject({
      subject: 'Berichtigung der Vergabeunterlagen / Correction of the tender documents',
      text: expect.stringContaining('Die Angebotsfrist endet am 12. März.'),
    });
    for (const delivery of await deliveriesOf(noticeIds)) {
      expect(delivery).toMatchObject({
        dispatched_at: new Date('2026-03-02T08:00:01.500Z'),
        next_attempt_at: null,
        attempts: 1,
        last_error: null,
      });
    }
    // Nothing is due any more: a second run sends nothing.
    expect((await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).dispatched).toBe(
      0,
    );
    expect(mail.sent).toHaveLength(2);
  });

  it('retries a failed send after the backoff, then records the dispatch', async () => {
    const clock = fixedClock('2026-03-03T08:00:00.000Z');
    const vendor = await seedUser(handle.db, 'vendor');
    const { noticeIds } = await enqueueNotice(
      handle.db,
      correction(),
      [{ organisationId: vendor.organisation_id, userId: vendor.id }],
      { now: await clock.now(), email: true },
    );
    const mail = recordingSender();
    mail.failNext(new MailSendError('smtp_451', false));

    expect(await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).toEqual({
      dispatched: 0,
      retrying: 1,
      givenUp: 0,
    });
    const [failed] = await deliveriesOf(noticeIds);
    expect(failed).toMatchObject({
      attempts: 1,
      last_error: 'smtp_451',
      dispatched_at: null,
      next_attempt_at: new Date(Date.parse('2026-03-03T08:00:00.000Z') + retryDelayMs(1)),
    });

    // Not before it is due.
    clock.advance(retryDelayMs(1) - 1);
    expect((await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).dispatched).toBe(
      0,
    );
    clock.advance(1);
    expect((await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).dispatched).toBe(
      1,
    );
    expect(mail.sent.map((message) => message.to)).toEqual([vendor.email]);
    expect((await deliveriesOf(noticeIds))[0]).toMatchObject({
      attempts: 2,
      last_error: null,
      dispatched_at: await clock.now(),
    });
  });

  it('gives up a delivery the relay refuses for good', async () => {
    const clock = fixedClock('2026-03-04T08:00:00.000Z');
    const vendor = await seedUser(handle.db, 'vendor');
    const { noticeIds } = await enqueueNotice(
      handle.db,
      correction(),
      [{ organisationId: vendor.organisation_id, userId: vendor.id }],
      { now: await clock.now(), email: true },
    );
    const mail = recordingSender();
    mail.failNext(new MailSendError('smtp_550', true));
    expect((await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).givenUp).toBe(1);
    expect((await deliveriesOf(noticeIds))[0]).toMatchObject({
      next_attempt_at: null,
      dispatched_at: null,
      last_error: 'smtp_550',
    });
  });

  it('makes in-app notices only without SMTP, and e-mails every active user of an organisation', async () => {
    const organisation = await seedOrganisation(handle.db, 'vendor');
    const first = await seedUser(handle.db, 'vendor', organisation.id);
    const second = await seedUser(handle.db, 'vendor', organisation.id);
    const disabled = await seedUser(handle.db, 'vendor', organisation.id);
    // Accounts accept this address; a mail header would read two recipients in it.
    await insertUser(handle.db, {
      organisationId: organisation.id,
      organisationKind: 'vendor',
      email: 'a@example.org,b@example.org',
      displayName: 'Two in one',
      role: 'vendor',
      createdAt: new Date('2026-01-01T00:00:00Z'),
    });
    await handle.db
      .updateTable('app_user')
      .set({ disabled_at: new Date('2026-01-02T00:00:00Z') })
      .where('id', '=', disabled.id)
      .execute();
    const now = new Date('2026-03-05T08:00:00.000Z');

    const inApp = await enqueueNotice(
      handle.db,
      correction(),
      [{ organisationId: organisation.id }],
      { now, email: false },
    );
    expect(inApp.deliveries).toBe(0);
    expect(await deliveriesOf(inApp.noticeIds)).toEqual([]);

    const withEmail = await enqueueNotice(
      handle.db,
      correction(),
      [{ organisationId: organisation.id }],
      { now, email: true },
    );
    expect((await deliveriesOf(withEmail.noticeIds)).map((row) => row.address)).toEqual(
      [first.email, second.email].sort(),
    );
    // Settle them, so later tests start with nothing due.
    const mail = recordingSender();
    await dispatchPendingNotices({ db: handle.db, clock: fixedClock(now), mail, logger });
    expect(mail.sent).toHaveLength(2);
  });

  it('refuses a user of another organisation, changes to a notice but reading it, and any change to a dispatched delivery', async () => {
    const clock = fixedClock('2026-03-06T08:00:00.000Z');
    const vendor = await seedUser(handle.db, 'vendor');
    const { noticeIds } = await enqueueNotice(
      handle.db,
      correction(),
      [{ organisationId: vendor.organisation_id, userId: vendor.id }],
      { now: await clock.now(), email: true },
    );
    const [noticeId] = noticeIds as [string];
    const other = await seedUser(handle.db, 'vendor');
    await expect(
      enqueueNotice(
        handle.db,
        correction(),
        [{ organisationId: vendor.organisation_id, userId: other.id }],
        { now: await clock.now(), email: false },
      ),
    ).rejects.toThrow(/notice_user_fkey/);
    await dispatchPendingNotices({ db: handle.db, clock, mail: recordingSender(), logger });
    const [delivery] = await deliveriesOf(noticeIds);

    await expect(
      handle.db
        .updateTable('notice')
        .set({ read_at: new Date('2026-03-06T09:00:00Z') })
        .where('id', '=', noticeId)
        .execute(),
    ).resolves.toBeDefined();
    await expect(
      handle.db
        .updateTable('notice')
        .set({ read_at: new Date('2026-03-06T10:00:00Z') })
        .where('id', '=', noticeId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      handle.db.deleteFrom('notice').where('id', '=', noticeId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      handle.db
        .updateTable('notice_delivery')
        .set({ next_attempt_at: new Date('2026-03-07T00:00:00Z') })
        .where('id', '=', delivery!.id)
        .execute(),
    ).rejects.toThrow(/final/);
    await expect(
      handle.db.deleteFrom('notice_delivery').where('id', '=', delivery!.id).execute(),
    ).rejects.toThrow(/final/);
  });

  if (backend === 'postgres') {
    it('skips deliveries another process holds, without waiting for them', async () => {
      const clock = fixedClock('2026-03-07T08:00:00.000Z');
      const recipients = await Promise.all(
        [1, 2, 3].map(async () => {
          const user = await seedUser(handle.db, 'vendor');
          return { organisationId: user.organisation_id, userId: user.id };
        }),
      );
      const { noticeIds } = await enqueueNotice(handle.db, correction(), recipients, {
        now: await clock.now(),
        email: true,
      });
      const [held, ...others] = await deliveriesOf(noticeIds);
      const mail = recordingSender();
      await handle.db.transaction().execute(async (trx) => {
        await trx
          .selectFrom('notice_delivery')
          .select('id')
          .where('id', '=', held!.id)
          .forUpdate()
          .execute();
        const result = await dispatchPendingNotices({ db: handle.db, clock, mail, logger });
        expect(result.dispatched).toBe(2);
      });
      expect(mail.sent.map((message) => message.to).sort()).toEqual(
        others.map((delivery) => delivery.address).sort(),
      );
      expect(
        (await dispatchPendingNotices({ db: handle.db, clock, mail, logger })).dispatched,
      ).toBe(1);
    });

    it('sends each e-mail once when two dispatchers run at the same time', async () => {
      const clock = fixedClock('2026-03-08T08:00:00.000Z');
      const organisation = await seedOrganisation(handle.db, 'vendor');
      for (let index = 0; index < 12; index += 1) {
        await seedUser(handle.db, 'vendor', organisation.id);
      }
      await enqueueNotice(handle.db, correction(), [{ organisationId: organisation.id }], {
        now: await clock.now(),
        email: true,
      });
      const mail = recordingSender();
      const results = await Promise.all(
        [1, 2, 3].map(() =>
          dispatchPendingNotices({ db: handle.db, clock, mail, logger, limit: 5 }),
        ),
      );
      const addresses = mail.sent.map((message) => message.to);
      expect(new Set(addresses).size).toBe(addresses.length);
      expect(results.reduce((sum, result) => sum + result.dispatched, 0)).toBe(addresses.length);
      // Whatever the three did not take is still due, and is sent once by the next run.
      await dispatchPendingNotices({ db: handle.db, clock, mail, logger });
      expect(mail.sent).toHaveLength(12);
      expect(new Set(mail.sent.map((message) => message.to)).size).toBe(12);
    });
  }
});
