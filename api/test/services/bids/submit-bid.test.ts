import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import { ConflictError, ValidationError } from '../../../src/domain/errors.ts';
import { submitBid } from '../../../src/services/bids/submit-bid.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { vaultTender } from '../bid-vault/vault-tender.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';

const bid = (canary: string) => ({
  bidder: { kind: 'single' as const, company: { name: `Wolkenwerk ${canary}`, country: 'DE' } },
  subcontractors: [],
  answers: {},
  price: { kind: 'totalPrice' as const, amount: 812_000 },
  declarations: { art5k: true, exclusionGrounds: true },
  documents: [],
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
});

describeDatabase('submitting a bid to the vault', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let tenderId: string;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-01-15T09:00:00.000Z');
    await catalogueLoaded(database.db, clock);
    const people = await authorityPeople(database.db);
    ({ tenderId } = await vaultTender(database.db, clock, people));
  });
  afterAll(() => database.close());

  it('stores the content sealed, gives a receipt, and keeps one bid in force per vendor and lot', async () => {
    const vendor = await seedUser(database.db, 'vendor');
    const ctx = serviceContextFor(database.db, clock, userPrincipal(vendor));
    const canary = `canary-${crypto.randomUUID()}`;
    const { receipt } = await submitBid({
      ctx,
      input: { tenderId, lotNumber: 1, content: bid(canary) },
    });
    expect(receipt).toMatchObject({ tenderId, lotNumber: 1, submission: 1, late: false });
    const stored = await database.db
      .selectFrom('bid_submission')
      .selectAll()
      .where('bid_id', '=', receipt.bidId)
      .executeTakeFirstOrThrow();
    expect(stored.received_at.toISOString()).toBe(receipt.receivedAt);
    expect(stored.sealed_sha256).toBe(receipt.sealedSha256);
    expect(Buffer.from(stored.sealed_ciphertext).includes(canary)).toBe(false);

    await expect(
      submitBid({ ctx, input: { tenderId, lotNumber: 1, content: bid(canary) } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      submitBid({
        ctx,
        input: {
          tenderId,
          lotNumber: 1,
          content: { ...bid(canary), answers: { nope: { kind: 'metric', value: 1 } } },
        },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('flags a bid received after the deadline as late and keeps it', async () => {
    const vendor = await seedUser(database.db, 'vendor');
    const later = fixedClock('2026-03-02T11:00:00.001Z');
    const { receipt } = await submitBid({
      ctx: serviceContextFor(database.db, later, userPrincipal(vendor)),
      input: { tenderId, lotNumber: 1, content: bid('late') },
    });
    expect(receipt.late).toBe(true);
    expect(receipt.receivedAt).toBe('2026-03-02T11:00:00.001Z');
  });
});
