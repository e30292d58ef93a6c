import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { submitBid } from '../../../src/services/bids/submit-bid.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { vaultTender } from '../bid-vault/vault-tender.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const deadline = Date.parse('2026-03-02T11:00:00.000Z');
const submissions = 1000;

/**
 * 1,000 submissions by as many vendors at random instants within two seconds either side of the
 * deadline, the deadline itself and the millisecond after it included: each is late exactly when
 * its database time is after the deadline (§ 57 (1) Nr. 1 VgV), and its receipt names the time
 * stored.
 */
describeDatabase('classifying submissions around the deadline', (backend) => {
  let database: TestDatabase;
  let tenderId: string;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const clock = fixedClock('2026-01-15T09:00:00.000Z');
    await catalogueLoaded(database.db, clock);
    ({ tenderId } = await vaultTender(database.db, clock, await authorityPeople(database.db)));
  });
  afterAll(() => database.close());

  it('misclassifies none of 1,000 submissions at random instants around the deadline', async () => {
    const random = seeded(20260302);
    // As many vendors as submissions, each an organisation with one user: two statements.
    const createdAt = new Date('2026-01-01T00:00:00Z');
    const organisations = await database.db
      .insertInto('organisation')
      .values(
        Array.from({ length: submissions }, (_, n) => ({
          kind: 'vendor' as const,
          name: `Bieter ${n}`,
          created_at: createdAt,
          demo: false,
        })),
      )
      .returning('id')
      .execute();
    const vendors = await database.db
      .insertInto('app_user')
      .values(
        organisations.map(({ id }, n) => ({
          organisation_id: id,
          organisation_kind: 'vendor' as const,
          email: `bieter-${n}-${id}@example.org`,
          display_name: `Bieter ${n}`,
          role: 'vendor' as const,
          created_at: createdAt,
        })),
      )
      .returning(['id', 'organisation_id', 'role'])
      .execute();
    const expected = new Map<string, { receivedAt: string; late: boolean }>();
    const started = performance.now();
    for (const [index, vendor] of vendors.entries()) {
      const offset =
        index === 0 ? 0 : index === 1 ? 1 : index === 2 ? -1 : Math.round((random() - 0.5) * 4000);
      const at = new Date(deadline + offset);
      const { receipt } = await submitBid({
        ctx: serviceContextFor(database.db, fixedClock(at), userPrincipal(vendor)),
        input: {
          tenderId,
          lotNumber: 1,
          content: {
            bidder: { kind: 'single', company: { name: `Bieter ${index}`, country: 'DE' } },
            subcontractors: [],
            answers: {},
            price: { kind: 'totalPrice', amount: 1000 + index },
            declarations: { art5k: true, exclusionGrounds: true },
            documents: [],
            declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
          },
        },
      });
      expect(receipt.receivedAt).toBe(at.toISOString());
      expect(receipt.late).toBe(offset > 0);
      expected.set(receipt.bidId, { receivedAt: receipt.receivedAt, late: receipt.late });
    }
    const elapsed = performance.now() - started;
    const stored = await database.db
      .selectFrom('bid_submission')
      .innerJoin('bid', 'bid.id', 'bid_submission.bid_id')
      .select(['bid.id', 'bid_submission.received_at', 'bid_submission.late'])
      .where('bid.tender_id', '=', tenderId)
      .execute();
    expect(stored).toHaveLength(submissions);
    const misclassified = stored.filter(
      (row) =>
        expected.get(row.id)?.receivedAt !== row.received_at.toISOString() ||
        expected.get(row.id)?.late !== row.late ||
        row.late !== row.received_at.getTime() > deadline,
    );
    expect(misclassified).toEqual([]);
    expect(stored.some((row) => row.late)).toBe(true);
    expect(stored.some((row) => !row.late)).toBe(true);
    // The duration is reported, not asserted: the machine is shared.
    process.stdout.write(`${submissions} submissions on ${backend}: ${Math.round(elapsed)} ms\n`);
  }, 120_000);
});
