import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { bidBody, bidsApp, type Caller } from './bids-app.ts';

/** Ids and timestamps out of the way, so two views can be compared byte for byte. */
const normalised = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/g, '<time>');

describeDatabase('bids over HTTP', (backend) => {
  let database: TestDatabase;
  let api: Awaited<ReturnType<typeof bidsApp>>;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = await bidsApp(database.db);
  });
  afterAll(() => database.close());

  it('answers a retry under an Idempotency-Key with the original receipt and status, and refuses the key for another request', async () => {
    const vendor = await api.vendor();
    // The public tender tells vendors that its bids come here.
    const publicView = await api.call(null, 'GET', `/public/tenders/${api.tenderId}`);
    expect(JSON.parse(publicView.text)).toMatchObject({ bidIntake: 'vault' });
    const path = `/tenders/${api.tenderId}/lots/1/bids`;
    const key = { 'idempotency-key': 'lot-1-first-try' };
    const first = await api.call(vendor, 'POST', path, bidBody('Wiederholt GmbH'), key);
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    api.clock.advance(30_000);
    const retry = await api.call(vendor, 'POST', path, bidBody('Wiederholt GmbH'), key);
    expect(retry.status).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const { bidId } = JSON.parse(first.text) as { bidId: string };
    const rows = await database.db
      .selectFrom('bid_submission')
      .select('number')
      .where('bid_id', '=', bidId)
      .execute();
    expect(rows).toEqual([{ number: 1 }]);

    const reused = await api.call(vendor, 'POST', path, bidBody('Wiederholt GmbH', 1), key);
    expect(reused.status).toBe(422);
    expect(JSON.parse(reused.text).errors[0]).toMatchObject({ pointer: '/Idempotency-Key' });
    const reusedElsewhere = await api.call(
      vendor,
      'POST',
      `/bids/${bidId}/withdrawal`,
      undefined,
      key,
    );
    expect(reusedElsewhere.status).toBe(422);
    const badKey = await api.call(vendor, 'POST', path, bidBody('Wiederholt GmbH'), {
      'idempotency-key': 'with space',
    });
    expect(badKey.status).toBe(422);

    // Another vendor's key of the same name is its own.
    const other = await api.vendor();
    const theirs = await api.call(other, 'POST', path, bidBody('Andere AG'), key);
    expect(theirs.status).toBe(201);
    expect(JSON.parse(theirs.text).bidId).not.toBe(bidId);

    const change = (amount: number) =>
      api.call(vendor, 'PUT', `/bids/${bidId}`, bidBody('Wiederholt GmbH', amount), {
        'idempotency-key': 'change-1',
      });
    const changed = await change(700_000);
    expect(changed.status).toBe(200);
    expect(JSON.parse(changed.text)).toMatchObject({ submission: 2 });
    expect((await change(700_000)).text).toBe(changed.text);
    expect((await change(600_000)).status).toBe(422);
    const withdraw = () =>
      api.call(vendor, 'POST', `/bids/${bidId}/withdrawal`, undefined, {
        'idempotency-key': 'withdraw-1',
      });
    const withdrawn = await withdraw();
    expect(withdrawn.status).toBe(201);
    const again = await withdraw();
    expect(again.status).toBe(201);
    expect(again.text).toBe(withdrawn.text);
    expect((await api.call(vendor, 'POST', `/bids/${bidId}/withdrawal`)).status).toBe(409);
    expect((await api.call(other, 'GET', `/bids/${bidId}`)).status).toBe(404);
  });

  it('shows vendor B the same bytes with and without vendor A’s bid (S5)', async () => {
    const vendorB = await api.vendor();
    const vendorA = await api.vendor();
    const submitted = await api.call(
      vendorB,
      'POST',
      `/tenders/${api.tenderId}/lots/1/bids`,
      bidBody('Bieterin B'),
    );
    expect(submitted.status).toBe(201);
    const ownBidId = JSON.parse(submitted.text).bidId as string;
    const viewOf = async (caller: Caller) => {
      const paths = [
        '/vendor/bids',
        `/vendor/bids?tenderId=${api.tenderId}`,
        `/bids/${ownBidId}`,
        `/public/tenders/${api.tenderId}`,
        '/public/tenders',
        `/public/tenders/${api.tenderId}/answers`,
        `/public/tenders/${api.tenderId}/questions`,
        '/notices',
      ];
      const answers: string[] = [];
      for (const path of paths) {
        const response = await api.call(caller, 'GET', path);
        expect(response.status, path).toBe(200);
        answers.push(`${path}\n${normalised(response.text)}`);
      }
      return answers.join('\n');
    };
    const before = await viewOf(vendorB);
    const bidOfA = await api.call(
      vendorA,
      'POST',
      `/tenders/${api.tenderId}/lots/1/bids`,
      bidBody('Bieter A'),
    );
    expect(bidOfA.status).toBe(201);
    const idOfA = JSON.parse(bidOfA.text).bidId as string;
    expect((await api.call(vendorA, 'PUT', `/bids/${idOfA}`, bidBody('Bieter A', 5))).status).toBe(
      200,
    );
    expect(await viewOf(vendorB)).toBe(before);
    expect((await api.call(vendorA, 'POST', `/bids/${idOfA}/withdrawal`)).status).toBe(201);
    expect(await viewOf(vendorB)).toBe(before);
    expect(before).toContain('"state":"inForce"');
    expect(before).not.toContain('Bieter');
  });
});
