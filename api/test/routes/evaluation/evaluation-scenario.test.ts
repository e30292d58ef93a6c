import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { evaluationBidContent } from '../../services/tender-evaluation/evaluation-tender.ts';
import { evaluationApp } from './evaluation-app.ts';

describeDatabase('an evaluation over HTTP, from publication to the stored result', (backend) => {
  let database: TestDatabase;
  let scene: Awaited<ReturnType<typeof evaluationApp>>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    scene = await evaluationApp(database.db);
  });
  afterAll(() => database.close());

  it('publishes, takes three bids by API key and opens them jointly', async () => {
    const { ok, tenderId } = scene;
    await scene.publish();
    const vendors = [];
    for (const [name, amount] of [
      ['Alpha Cloud GmbH', 780_000],
      ['Beta Rechenzentrum AG', 640_000],
      ['Gamma Systemhaus GmbH', 910_000],
    ] as const) {
      const vendor = await scene.vendorWithKey();
      const receipt = await ok(
        vendor.key,
        'POST',
        `/tenders/${tenderId}/lots/1/bids`,
        evaluationBidContent(name, amount),
        201,
      );
      vendors.push({ ...vendor, name, bidId: receipt.bidId as string });
    }
    await scene.openJointly();
    const bids = await ok(
      await scene.sessionOf(scene.people.lead),
      'GET',
      `/tenders/${tenderId}/bids`,
    );
    expect(bids.opened).toBe(true);
    expect(bids.bids.map((bid: { id: string }) => bid.id).sort()).toEqual(
      vendors.map((vendor) => vendor.bidId).sort(),
    );
  });
});
