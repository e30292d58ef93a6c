import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { changeBid, withdrawBid } from '../../../src/services/bids/change-bid.ts';
import { idempotentRequest } from '../../../src/services/bids/idempotency.ts';
import { getOwnBid, listOwnBids } from '../../../src/services/bids/own-bids.ts';
import {
  listPlatformOutages,
  recordPlatformOutage,
} from '../../../src/services/bids/platform-outages.ts';
import { submitBid } from '../../../src/services/bids/submit-bid.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { vaultTender } from '../bid-vault/vault-tender.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';

const content = (name: string, amount = 812_000) => ({
  bidder: { kind: 'single' as const, company: { name, country: 'DE' } },
  subcontractors: [],
  answers: {},
  price: { kind: 'totalPrice' as const, amount },
  declarations: { art5k: true, exclusionGrounds: true },
  documents: [],
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
});

describeDatabase('changing, withdrawing and listing own bids; idempotency; outages', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let tenderId: string;
  let people: Awaited<ReturnType<typeof authorityPeople>>;
  const vendorCtx = async (): Promise<ServiceContext> =>
    serviceContextFor(database.db, clock, userPrincipal(await seedUser(database.db, 'vendor')));
  const countRows = async (table: 'bid' | 'bid_submission' | 'bid_idempotency', bidId: string) => {
    const column = table === 'bid' ? 'id' : 'bid_id';
    const rows = await database.db
      .selectFrom(table)
      .select(column)
      .where(column, '=', bidId)
      .execute();
    return rows.length;
  };

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-01-15T09:00:00.000Z');
    await catalogueLoaded(database.db, clock);
    people = await authorityPeople(database.db);
    ({ tenderId } = await vaultTender(database.db, clock, people));
  });
  afterAll(() => database.close());

  it('answers a retried submission with the original receipt and stores it once; another request under the key is refused', async () => {
    const ctx = await vendorCtx();
    const body = content('Retry GmbH');
    const key = idempotentRequest('retry-7f3a', {
      operationId: 'submitBid',
      params: { tenderId, lotNumber: 1 },
      body,
    });
    const first = await submitBid({
      ctx,
      input: { tenderId, lotNumber: 1, content: body, idempotency: key },
    });
    clock.advance(5_000);
    const again = await submitBid({
      ctx,
      input: { tenderId, lotNumber: 1, content: body, idempotency: key },
    });
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ receipt: first.receipt, replayed: true });
    const bids = await database.db
      .selectFrom('bid')
      .select('id')
      .where('tender_id', '=', tenderId)
      .where(
        'organisation_id',
        '=',
        ctx.principal.kind === 'user' ? ctx.principal.organisationId : '',
      )
      .execute();
    expect(bids).toHaveLength(1);
    expect(await countRows('bid_submission', first.receipt.bidId)).toBe(1);
    expect(await countRows('bid_idempotency', first.receipt.bidId)).toBe(1);

    const other = content('Retry GmbH', 1);
    await expect(
      submitBid({
        ctx,
        input: {
          tenderId,
          lotNumber: 1,
          content: other,
          idempotency: idempotentRequest('retry-7f3a', {
            operationId: 'submitBid',
            params: { tenderId, lotNumber: 1 },
            body: other,
          }),
        },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await countRows('bid_submission', first.receipt.bidId)).toBe(1);
  });

  it('changes the bid in force with a new receipt, withdraws it once, and hides it from other vendors', async () => {
    const ctx = await vendorCtx();
    const { receipt: first } = await submitBid({
      ctx,
      input: { tenderId, lotNumber: 1, content: content('Wandel AG') },
    });
    clock.advance(60_000);
    const changeKey = idempotentRequest('change-1', {
      operationId: 'changeBid',
      params: { bidId: first.bidId },
      body: content('Wandel AG', 700_000),
    });
    const changed = await changeBid({
      ctx,
      input: { bidId: first.bidId, content: content('Wandel AG', 700_000), idempotency: changeKey },
    });
    expect(changed.receipt).toMatchObject({ bidId: first.bidId, submission: 2, late: false });
    expect(changed.receipt.sealedSha256).not.toBe(first.sealedSha256);
    expect(changed.receipt.receivedAt).toBe(
      new Date(Date.parse(first.receivedAt) + 60_000).toISOString(),
    );
    const replay = await changeBid({
      ctx,
      input: { bidId: first.bidId, content: content('Wandel AG', 700_000), idempotency: changeKey },
    });
    expect(replay).toEqual({ receipt: changed.receipt, replayed: true });
    expect(await countRows('bid_submission', first.bidId)).toBe(2);

    // Another vendor: not found, exactly like a missing bid; nothing listed.
    const other = await vendorCtx();
    for (const attempt of [
      () => changeBid({ ctx: other, input: { bidId: first.bidId, content: content('X') } }),
      () => withdrawBid({ ctx: other, input: { bidId: first.bidId } }),
      () => getOwnBid({ ctx: other, input: { bidId: first.bidId } }),
      () => getOwnBid({ ctx: other, input: { bidId: crypto.randomUUID() } }),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await listOwnBids({ ctx: other, input: { tenderId } })).toEqual({ bids: [] });

    const own = await getOwnBid({ ctx, input: { bidId: first.bidId } });
    expect(own).toMatchObject({
      state: 'inForce',
      lotNumber: 1,
      content: 'sealed',
      openedAt: null,
      withdrawnAt: null,
    });
    expect(own.receipts).toEqual([first, changed.receipt]);

    // After the deadline, before the opening: a change is stored and flagged late.
    clock.set('2026-03-02T11:00:00.001Z');
    const late = await changeBid({
      ctx,
      input: { bidId: first.bidId, content: content('Wandel AG', 650_000) },
    });
    expect(late.receipt).toMatchObject({ submission: 3, late: true });

    const withdrawal = await withdrawBid({ ctx, input: { bidId: first.bidId } });
    expect(withdrawal.receipt).toEqual({
      bidId: first.bidId,
      tenderId,
      lotNumber: 1,
      withdrawnAt: '2026-03-02T11:00:00.001Z',
    });
    await expect(withdrawBid({ ctx, input: { bidId: first.bidId } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(
      changeBid({ ctx, input: { bidId: first.bidId, content: content('Wandel AG') } }),
    ).rejects.toBeInstanceOf(ConflictError);
    const listed = await listOwnBids({ ctx, input: {} });
    expect(listed.bids).toHaveLength(1);
    expect(listed.bids[0]).toMatchObject({
      bidId: first.bidId,
      state: 'withdrawn',
      withdrawnAt: '2026-03-02T11:00:00.001Z',
    });
    expect(listed.bids[0]!.receipts.map((receipt) => receipt.submission)).toEqual([1, 2, 3]);

    // One bid in force again: a new submission for the lot is possible after the withdrawal.
    const { receipt: renewed } = await submitBid({
      ctx,
      input: { tenderId, lotNumber: 1, content: content('Wandel AG') },
    });
    expect(renewed).toMatchObject({ submission: 1, late: true });
    const audit = await database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('object_type', '=', 'bid')
      .where('object_id', '=', first.bidId)
      .where('outcome', '=', 'succeeded')
      .orderBy('seq')
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      'bid.submitted',
      'bid.changed',
      'bid.changed',
      'bid.withdrawn',
    ]);
    clock.set('2026-01-15T09:00:00.000Z');
  });

  it('records platform outages for the team', async () => {
    clock.set('2026-03-02T12:00:00.000Z');
    const officer = serviceContextFor(database.db, clock, userPrincipal(people.lead));
    const recorded = await recordPlatformOutage({
      ctx: officer,
      input: {
        tenderId,
        outage: {
          startedAt: '2026-03-02T10:40:00.000Z',
          endedAt: '2026-03-02T11:05:00.000Z',
          description: 'The upload answered with errors.',
        },
      },
    });
    expect(recorded).toMatchObject({ tenderId, recordedBy: people.lead.id });
    expect(await listPlatformOutages({ ctx: officer, input: { tenderId } })).toEqual({
      outages: [recorded],
    });
    await expect(
      recordPlatformOutage({
        ctx: officer,
        input: {
          tenderId,
          outage: {
            startedAt: '2026-03-02T11:05:00.000Z',
            endedAt: '2026-03-02T10:40:00.000Z',
            description: 'Backwards.',
          },
        },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    clock.set('2026-01-15T09:00:00.000Z');
  });
});
