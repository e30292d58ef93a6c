import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ConflictError, ForbiddenError } from '../../../src/domain/errors.ts';
import { confirmOpeningPresence } from '../../../src/services/bid-opening/confirm-opening-presence.ts';
import { getOpeningRecord } from '../../../src/services/bid-opening/get-opening-record.ts';
import { openBids } from '../../../src/services/bid-opening/open-bids.ts';
import { startBreakGlassOpening } from '../../../src/services/bid-opening/start-break-glass-opening.ts';
import { submitBid } from '../../../src/services/bids/submit-bid.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { passphraseOf, vaultTender, type OpeningHolder } from '../bid-vault/vault-tender.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';

const reason = 'Zwei Öffnungsberechtigte sind erkrankt, ihre Vertretungen im Urlaub.';

describeDatabase('the officers’ break-glass opening (four eyes)', (backend) => {
  let database: TestDatabase;
  let after: FixedClock;
  let people: Awaited<ReturnType<typeof authorityPeople>>;
  let tenderId: string;
  let holders: OpeningHolder[];

  const as = (user: User) => serviceContextFor(database.db, after, userPrincipal(user));

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const before = fixedClock('2026-01-15T09:00:00.000Z');
    after = fixedClock('2026-03-02T11:30:00.000Z');
    await catalogueLoaded(database.db, before);
    people = await authorityPeople(database.db);
    ({ tenderId, holders } = await vaultTender(database.db, before, people, {
      officers: [people.lead, people.second],
    }));
    const vendor = await seedUser(database.db, 'vendor');
    await submitBid({
      ctx: serviceContextFor(database.db, before, userPrincipal(vendor)),
      input: {
        tenderId,
        lotNumber: 1,
        content: {
          bidder: { kind: 'single', company: { name: 'Wolkenwerk GmbH', country: 'DE' } },
          subcontractors: [],
          answers: {},
          price: { kind: 'totalPrice', amount: 500_000 },
          declarations: { art5k: true, exclusionGrounds: true },
          documents: [],
          declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
        },
      },
    });
  });
  afterAll(() => database.close());

  it('is started by an officer with a reason, and two officers open with their split', async () => {
    // An opening officer is no officer of the tender: not theirs to start.
    await expect(
      startBreakGlassOpening({ ctx: as(holders[0]!.user), input: { tenderId, reason } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const session = await startBreakGlassOpening({
      ctx: as(people.lead),
      input: { tenderId, reason },
    });
    expect(session.breakGlassReason).toBe(reason);

    // The opening holders' shares do not count in a break-glass session.
    await expect(
      confirmOpeningPresence({
        ctx: as(holders[0]!.user),
        input: { tenderId, sessionId: session.id, passphrase: holders[0]!.passphrase },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);

    await confirmOpeningPresence({
      ctx: as(people.lead),
      input: { tenderId, sessionId: session.id, passphrase: passphraseOf(people.lead.id) },
    });
    // One officer alone does not open: four eyes.
    await expect(
      openBids({ ctx: as(people.lead), input: { tenderId, sessionId: session.id } }),
    ).rejects.toBeInstanceOf(ConflictError);
    await confirmOpeningPresence({
      ctx: as(people.second),
      input: { tenderId, sessionId: session.id, passphrase: passphraseOf(people.second.id) },
    });
    await openBids({ ctx: as(people.second), input: { tenderId, sessionId: session.id } });

    const { record } = await getOpeningRecord({ ctx: as(people.reviewer), input: { tenderId } });
    expect(record.session.breakGlassReason).toBe(reason);
    expect(record.present.map((p) => p.capacity)).toEqual(['officer', 'officer']);
    expect(record.bids.map((b) => [b.bidder?.name, b.check])).toEqual([
      ['Wolkenwerk GmbH', 'passed'],
    ]);
  });
});
