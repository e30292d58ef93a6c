import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import { listOpeningKeys } from '../../../src/services/bid-vault/list-opening-keys.ts';
import {
  SEALED_CONTENT_BLOCK,
  openBidContent,
  sealBidContent,
} from '../../../src/services/bid-vault/sealed-content.ts';
import { setOpeningPassphrase } from '../../../src/services/bid-vault/set-opening-passphrase.ts';
import { tenderReadiness } from '../../../src/services/tender-schemes/readiness.ts';
import {
  openHolderShare,
  parseLockedKey,
  unlockHolderKey,
} from '../../../src/security/vault/holder-keys.ts';
import { recombine } from '../../../src/security/vault/key-shares.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';
import { passphraseOf, vaultTender } from './vault-tender.ts';

const content = {
  bidder: { kind: 'single' as const, company: { name: 'Wolkenwerk GmbH', country: 'DE' } },
  subcontractors: [],
  answers: { 'SOV-4': { kind: 'offer' as const, text: 'Schlüssel beim Auftraggeber.' } },
  price: { kind: 'totalPrice' as const, amount: 812_000 },
  declarations: { art5k: true, exclusionGrounds: true },
  documents: [],
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
};

describeDatabase('the sealed vault of a tender', (backend) => {
  let database: TestDatabase;
  let clock: FixedClock;
  let people: Awaited<ReturnType<typeof authorityPeople>>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    clock = fixedClock('2026-01-15T09:00:00.000Z');
    await catalogueLoaded(database.db, clock);
    people = await authorityPeople(database.db);
  });
  afterAll(() => database.close());

  const as = (user: User) => serviceContextFor(database.db, clock, userPrincipal(user));

  it('asks every holder for a passphrase before publication, and lets only holders set theirs', async () => {
    const { tenderId, holders } = await vaultTender(database.db, clock, people, {
      published: false,
    });
    const tender = await database.db
      .selectFrom('tender')
      .selectAll()
      .where('id', '=', tenderId)
      .executeTakeFirstOrThrow();
    const missing = async () =>
      (await tenderReadiness(database.db, tender, await clock.now())).filter(
        (item) => item.id === 'openingKeyMissing',
      ).length;
    expect(await missing()).toBe(6);

    const set = await setOpeningPassphrase({
      ctx: as(holders[0]!.user),
      input: { tenderId, passphrase: holders[0]!.passphrase },
    });
    expect(await missing()).toBe(5);
    expect(set.holders.filter((h) => h.passphraseSetAt !== null).map((h) => h.userId)).toEqual([
      holders[0]!.user.id,
    ]);
    expect(JSON.stringify(set)).not.toContain(holders[0]!.passphrase);

    // A reviewer on the team neither opens nor holds the break-glass.
    await expect(
      setOpeningPassphrase({
        ctx: as(people.reviewer),
        input: { tenderId, passphrase: 'a long enough passphrase' },
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('shares the key at publication so that any two holders, and only with their passphrases, recover it', async () => {
    const { tenderId, holders } = await vaultTender(database.db, clock, people);
    const vault = await database.db
      .selectFrom('tender_vault')
      .selectAll()
      .where('tender_id', '=', tenderId)
      .executeTakeFirstOrThrow();
    const keys = await listOpeningKeys({ ctx: as(people.reviewer), input: { tenderId } });
    expect(keys.sealed).toBe(true);
    const openers = keys.holders.filter((h) => h.capacity !== 'officer');
    expect(openers).toHaveLength(6);
    expect(openers.every((h) => h.holdsShare)).toBe(true);

    const shareOf = async (index: number) => {
      const holder = holders[index]!;
      const [key, share] = await Promise.all([
        database.db
          .selectFrom('tender_opening_key')
          .selectAll()
          .where('tender_id', '=', tenderId)
          .where('user_id', '=', holder.user.id)
          .executeTakeFirstOrThrow(),
        database.db
          .selectFrom('tender_key_share')
          .selectAll()
          .where('tender_id', '=', tenderId)
          .where('holder_user_id', '=', holder.user.id)
          .executeTakeFirstOrThrow(),
      ]);
      const personal = await unlockHolderKey(
        parseLockedKey(key.locked_private_key),
        holder.passphrase,
      );
      return openHolderShare(personal, share.sealed_share, { tenderId, holderId: holder.user.id });
    };
    const privateKey = await recombine([await shareOf(1), await shareOf(4)], {
      tenderId,
      publicKey: vault.public_key,
    });

    const place = { tenderId, lotNumber: 1, bidId: crypto.randomUUID() };
    const sealed = await sealBidContent(vault.public_key, content, place);
    expect(sealed.sealed.ciphertext.byteLength - 16).toBe(SEALED_CONTENT_BLOCK);
    const opened = await openBidContent(privateKey, sealed.sealed, place);
    expect(opened.content.bidder).toEqual(content.bidder);
    await expect(
      openBidContent(privateKey, sealed.sealed, { ...place, lotNumber: 2 }),
    ).rejects.toBeInstanceOf(ConflictError);

    // Keys are fixed once the tender is sealed: the policy refuses a published tender's key.
    await expect(
      setOpeningPassphrase({
        ctx: as(holders[0]!.user),
        input: { tenderId, passphrase: 'another long passphrase' },
      }),
    ).rejects.toSatisfy(
      (error) => error instanceof ConflictError || error instanceof ForbiddenError,
    );
  });

  it('gives the officers who set a passphrase a separate break-glass split, any two of them opening', async () => {
    const { tenderId } = await vaultTender(database.db, clock, people, {
      officers: [people.lead, people.second],
    });
    const vault = await database.db
      .selectFrom('tender_vault')
      .selectAll()
      .where('tender_id', '=', tenderId)
      .executeTakeFirstOrThrow();
    const breakGlass = async (user: User) => {
      const [key, share] = await Promise.all([
        database.db
          .selectFrom('tender_opening_key')
          .selectAll()
          .where('tender_id', '=', tenderId)
          .where('user_id', '=', user.id)
          .executeTakeFirstOrThrow(),
        database.db
          .selectFrom('tender_key_share')
          .selectAll()
          .where('tender_id', '=', tenderId)
          .where('kind', '=', 'breakGlass')
          .where('holder_user_id', '=', user.id)
          .executeTakeFirstOrThrow(),
      ]);
      const personal = await unlockHolderKey(
        parseLockedKey(key.locked_private_key),
        passphraseOf(user.id),
      );
      return openHolderShare(personal, share.sealed_share, {
        tenderId,
        holderId: user.id,
        split: 'breakGlass',
      });
    };
    const key = await recombine([await breakGlass(people.lead), await breakGlass(people.second)], {
      tenderId,
      publicKey: vault.public_key,
    });
    expect(key.byteLength).toBe(32);
    const keys = await listOpeningKeys({ ctx: as(people.lead), input: { tenderId } });
    expect(keys.holders.filter((h) => h.capacity === 'officer' && h.holdsShare)).toHaveLength(2);
  });

  it('does not exist for a tender whose bids come in on the platform', async () => {
    const { tenderId, holders } = await vaultTender(database.db, clock, people, {
      published: false,
    });
    await database.db
      .updateTable('tender')
      .set({ bid_intake: 'platform' })
      .where('id', '=', tenderId)
      .execute();
    await expect(
      setOpeningPassphrase({
        ctx: as(holders[0]!.user),
        input: { tenderId, passphrase: holders[0]!.passphrase },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const stranger = await seedUser(database.db, 'officer');
    await expect(
      listOpeningKeys({ ctx: as(stranger), input: { tenderId } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
