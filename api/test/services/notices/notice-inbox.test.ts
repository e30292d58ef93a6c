import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import {
  claimDueDeliveries,
  markDeliveryDispatched,
} from '../../../src/db/repositories/notices.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { NotFoundError } from '../../../src/domain/errors.ts';
import type { ApiKeyPrincipal } from '../../../src/security/access/principal.ts';
import { enqueueNotice } from '../../../src/services/notices/enqueue-notice.ts';
import { listNotices } from '../../../src/services/notices/list-notices.ts';
import { markNoticeRead } from '../../../src/services/notices/mark-notice-read.ts';
import { listTenderNotices } from '../../../src/services/tender-team/list-tender-notices.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { createTenderIn } from '../../security/access/fixtures/tenders.ts';
import { seedOrganisation, seedUser } from '../accounts/fixtures.ts';

describeDatabase('reading notices', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  const clock = fixedClock('2027-02-01T09:00:00.000Z');
  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));
  const content = (n: number, objectId: string) => ({
    kind: 'clarification_answer' as const,
    subject: { de: `Antwort ${n}`, en: `Answer ${n}` },
    body: { de: `Frage ${n} wurde beantwortet.`, en: `Question ${n} has been answered.` },
    object: { type: 'tender', id: objectId },
  });

  it('shows a user their organisation’s notices and their own, newest first, and marks them read once', async () => {
    const { db } = database;
    const vendor = await seedOrganisation(db, 'vendor');
    const alice = await seedUser(db, 'vendor', vendor.id);
    const bob = await seedUser(db, 'vendor', vendor.id);
    const other = await seedUser(db, 'vendor');
    const tenderId = randomUUID();
    const at = (time: string) => ({ now: new Date(time), email: false });
    await enqueueNotice(
      db,
      content(1, tenderId),
      [{ organisationId: vendor.id }],
      at('2027-01-01T10:00:00Z'),
    );
    await enqueueNotice(
      db,
      content(2, tenderId),
      [{ organisationId: vendor.id, userId: alice.id }],
      at('2027-01-02T10:00:00Z'),
    );
    await enqueueNotice(
      db,
      content(3, tenderId),
      [{ organisationId: vendor.id, userId: bob.id }],
      at('2027-01-03T10:00:00Z'),
    );
    const [foreign] = (
      await enqueueNotice(
        db,
        content(4, tenderId),
        [{ organisationId: other.organisation_id }],
        at('2027-01-04T10:00:00Z'),
      )
    ).noticeIds;

    const page = await listNotices({ ctx: as(alice), input: {} });
    expect(page.notices.map((n) => [n.subject.en, n.personal])).toEqual([
      ['Answer 2', true],
      ['Answer 1', false],
    ]);
    expect(page.notices[0]).toMatchObject({
      kind: 'clarification_answer',
      body: { de: 'Frage 2 wurde beantwortet.', en: 'Question 2 has been answered.' },
      object: { type: 'tender', id: tenderId },
      createdAt: '2027-01-02T10:00:00.000Z',
      readAt: null,
    });
    expect(page.unread).toBe(2);
    const first = await listNotices({ ctx: as(alice), input: { limit: 1 } });
    const second = await listNotices({
      ctx: as(alice),
      input: { limit: 1, cursor: first.nextCursor! },
    });
    expect([...first.notices, ...second.notices]).toEqual(page.notices);
    expect(second.nextCursor).toBeNull();

    // An API key reads what is addressed to its organisation, nobody's personal notices.
    const key: ApiKeyPrincipal = {
      kind: 'apiKey',
      keyId: 'key-1',
      organisationId: vendor.id,
      scopes: ['tenders:read'],
    };
    const byKey = await listNotices({ ctx: serviceContextFor(db, clock, key), input: {} });
    expect(byKey.notices.map((n) => n.subject.en)).toEqual(['Answer 1']);

    // Read once: the first time stays.
    const id = page.notices[0]!.id;
    const read = await markNoticeRead({ ctx: as(alice), input: { noticeId: id } });
    expect(read.readAt).toBe('2027-02-01T09:00:00.000Z');
    clock.advance(60_000);
    const again = await markNoticeRead({ ctx: as(alice), input: { noticeId: id } });
    expect(again.readAt).toBe('2027-02-01T09:00:00.000Z');
    expect((await listNotices({ ctx: as(alice), input: {} })).unread).toBe(1);

    // Another user's personal notice and another organisation's are not found.
    const bobs = (await listNotices({ ctx: as(bob), input: {} })).notices[0]!;
    await expect(
      markNoticeRead({ ctx: as(alice), input: { noticeId: bobs.id } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      markNoticeRead({ ctx: as(alice), input: { noticeId: foreign! } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      markNoticeRead({ ctx: serviceContextFor(db, clock, key), input: { noticeId: bobs.id } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the team the notices about a tender with their recipients and e-mail state', async () => {
    const { db } = database;
    const authority = await seedOrganisation(db, 'authority');
    const lead = await seedUser(db, 'officer', authority.id);
    const vendor = await seedOrganisation(db, 'vendor');
    const bidder = await seedUser(db, 'vendor', vendor.id);
    const quiet = await seedOrganisation(db, 'vendor');
    const tender = await createTenderIn(db, {
      organisationId: authority.id,
      leadUserId: lead.id,
      approver: (await seedUser(db, 'officer', authority.id)).id,
      team: [{ userId: lead.id, capacity: 'officer' }],
      state: 'published',
      questionBy: { organisationId: vendor.id, userId: bidder.id },
    });
    await enqueueNotice(db, content(1, tender.id), [{ organisationId: quiet.id }], {
      now: new Date('2027-01-05T10:00:00Z'),
      email: false,
    });
    const { noticeIds } = await enqueueNotice(
      db,
      content(2, tender.id),
      [{ organisationId: vendor.id }],
      { now: new Date('2027-01-06T10:00:00Z'), email: true },
    );
    // The dispatch job claims the e-mail and sends it.
    const claimed = await claimDueDeliveries(db, {
      now: new Date('2027-01-06T10:01:00Z'),
      leaseUntil: new Date('2027-01-06T10:06:00Z'),
      limit: 100,
    });
    const ours = claimed.filter((delivery) => delivery.notice.id === noticeIds[0]);
    expect(ours).toHaveLength(1);
    await markDeliveryDispatched(db, ours[0]!.id, new Date('2027-01-06T10:01:00Z'));
    await enqueueNotice(db, content(3, randomUUID()), [{ organisationId: vendor.id }], {
      now: new Date('2027-01-07T10:00:00Z'),
      email: false,
    });

    const page = await listTenderNotices({ ctx: as(lead), input: { tenderId: tender.id } });
    expect(page.notices.map((n) => n.subject.en)).toEqual(['Answer 2', 'Answer 1']);
    expect(page.notices[0]).toMatchObject({
      kind: 'clarification_answer',
      recipient: { organisationId: vendor.id, personal: false },
      createdAt: '2027-01-06T10:00:00.000Z',
      readAt: null,
      email: {
        deliveries: 1,
        dispatched: 1,
        pending: 0,
        givenUp: 0,
        lastDispatchedAt: '2027-01-06T10:01:00.000Z',
      },
    });
    expect(page.notices[1]!.email).toEqual({
      deliveries: 0,
      dispatched: 0,
      pending: 0,
      givenUp: 0,
      lastDispatchedAt: null,
    });
    await expect(
      listTenderNotices({ ctx: as(bidder), input: { tenderId: tender.id } }),
    ).rejects.toThrow();
  });
});
