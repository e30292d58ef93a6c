import type { BidContentInput } from '@tenderwise/schema';
import { BidContent } from '@tenderwise/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, type FixedClock } from '../../../src/clock.ts';
import type { User } from '../../../src/db/repositories/users.ts';
import { ConflictError, NotFoundError } from '../../../src/domain/errors.ts';
import { OpeningPassphraseRejectedError } from '../../../src/security/vault/errors.ts';
import { generateTenderKeyPair } from '../../../src/security/vault/tender-keys.ts';
import { abandonOpeningSession } from '../../../src/services/bid-opening/abandon-opening-session.ts';
import { confirmOpeningPresence } from '../../../src/services/bid-opening/confirm-opening-presence.ts';
import { getOpeningRecord } from '../../../src/services/bid-opening/get-opening-record.ts';
import { getOpeningSession } from '../../../src/services/bid-opening/get-opening-session.ts';
import { listOpeningSessions } from '../../../src/services/bid-opening/list-opening-sessions.ts';
import {
  SHARE_HOLD_MS,
  heldShares,
  holdShare,
  wipeSession,
} from '../../../src/services/bid-opening/keyring.ts';
import { openBids } from '../../../src/services/bid-opening/open-bids.ts';
import { checkSealedBid, recordBid } from '../../../src/services/bid-opening/opening-record.ts';
import { startOpeningSession } from '../../../src/services/bid-opening/start-opening-session.ts';
import { getTenderBid, listTenderBids } from '../../../src/services/bid-opening/tender-bids.ts';
import { sealBidContent } from '../../../src/services/bid-vault/sealed-content.ts';
import { submitBid } from '../../../src/services/bids/submit-bid.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { serviceContextFor, userPrincipal } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../accounts/fixtures.ts';
import { vaultTender, type OpeningHolder } from '../bid-vault/vault-tender.ts';
import { authorityPeople } from '../tender-schemes/ready-tender.ts';

const single = (name: string, amount: number): BidContentInput => ({
  bidder: { kind: 'single', company: { name, country: 'DE' } },
  answers: {},
  price: { kind: 'totalPrice', amount },
  declarations: { art5k: true, exclusionGrounds: true },
  declarant: { name: 'Dana Schulz', function: 'Geschäftsführerin' },
});

const group: BidContentInput = {
  bidder: {
    kind: 'group',
    members: [
      { name: 'Nordlicht IT AG', country: 'DE' },
      { name: 'Datenhafen GmbH', country: 'DE' },
    ],
    representative: 1,
  },
  answers: {},
  price: {
    kind: 'lifeCycleCost',
    costs: { oneOff: 100, migrationIn: 20, recurringPerYear: [50, 50], egressPerYear: 5, exit: 10 },
  },
  declarations: { art5k: true, exclusionGrounds: true },
  declarant: { name: 'Jonas Brandt', function: 'Prokurist' },
};

describeDatabase('the joint opening of the bids in the vault (§ 55 VgV)', (backend) => {
  let database: TestDatabase;
  /** Before the submission deadline (2026-03-02 11:00 UTC) and after it. */
  let before: FixedClock;
  let after: FixedClock;
  let tenderId: string;
  let holders: OpeningHolder[];
  let people: Awaited<ReturnType<typeof authorityPeople>>;
  const receipts: { bidId: string; content: BidContentInput; late: boolean }[] = [];

  const as = (user: User, clock: FixedClock = after): ServiceContext =>
    serviceContextFor(database.db, clock, userPrincipal(user));

  async function refusedEntries(action: string): Promise<number> {
    const rows = await database.db
      .selectFrom('audit_entry')
      .select('seq')
      .where('object_id', '=', tenderId)
      .where('action', '=', action)
      .where('outcome', '=', 'refused')
      .execute();
    return rows.length;
  }

  /** Runs an attempt that must fail, and checks it left one more refused entry under `action`. */
  async function refusedAndRecorded(action: string, attempt: () => Promise<unknown>) {
    const earlier = await refusedEntries(action);
    const error = await attempt().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(Error);
    expect(await refusedEntries(action)).toBe(earlier + 1);
    return error;
  }

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    before = fixedClock('2026-01-15T09:00:00.000Z');
    after = fixedClock('2026-03-02T12:00:00.000Z');
    await catalogueLoaded(database.db, before);
    people = await authorityPeople(database.db);
    ({ tenderId, holders } = await vaultTender(database.db, before, people));
    const bids: [BidContentInput, FixedClock][] = [
      [single('Wolkenwerk GmbH', 812_000), before],
      [group, before],
      [single('Spätling KG', 700_000), fixedClock('2026-03-02T11:00:00.001Z')],
    ];
    for (const [content, clock] of bids) {
      const vendor = await seedUser(database.db, 'vendor');
      const { receipt } = await submitBid({
        ctx: serviceContextFor(database.db, clock, userPrincipal(vendor)),
        input: { tenderId, lotNumber: 1, content: BidContent.parse(content) },
      });
      receipts.push({ bidId: receipt.bidId, content, late: receipt.late });
    }
  });
  afterAll(() => database.close());

  it('opens only with two different holders after the deadline; every failed attempt is recorded', async () => {
    const [officer1, officer2] = holders.filter((h) => h.capacity === 'openingOfficer');
    const [deputy1] = holders.filter((h) => h.capacity === 'openingDeputy');
    const vendor = await seedUser(database.db, 'vendor');

    // Before the deadline nobody starts, not even a holder (§ 55 (1) VgV).
    const early = await refusedAndRecorded('tender.opening.started', () =>
      startOpeningSession({ ctx: as(officer1!.user, before), input: { tenderId } }),
    );
    expect(early).toBeInstanceOf(ConflictError);
    // A member who holds no share, a reviewer and a vendor are refused outright.
    for (const user of [people.lead, people.reviewer, vendor]) {
      await refusedAndRecorded('access.operation.refused', () =>
        startOpeningSession({ ctx: as(user), input: { tenderId } }),
      );
    }

    // Before the opening the team sees how many bids there are, and nothing else.
    const counts = await listTenderBids({ ctx: as(people.lead), input: { tenderId } });
    expect(counts).toEqual({ opened: false, lots: [{ lotNumber: 1, bidsInForce: 3 }] });
    const text = JSON.stringify(counts);
    for (const { bidId } of receipts) expect(text).not.toContain(bidId);
    expect(text).not.toMatch(/Wolkenwerk|Nordlicht|Spätling/);
    await expect(
      getTenderBid({ ctx: as(people.lead), input: { tenderId, bidId: receipts[0]!.bidId } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getOpeningRecord({ ctx: as(people.lead), input: { tenderId } }),
    ).rejects.toBeInstanceOf(NotFoundError);

    // A session that is abandoned wipes what it held.
    const first = await startOpeningSession({ ctx: as(officer1!.user), input: { tenderId } });
    const state = await database.db
      .selectFrom('tender')
      .select('state')
      .where('id', '=', tenderId)
      .executeTakeFirstOrThrow();
    expect(state.state).toBe('submissionClosed');
    await confirmOpeningPresence({
      ctx: as(officer1!.user),
      input: { tenderId, sessionId: first.id, passphrase: officer1!.passphrase },
    });
    expect(heldShares(first.id, await after.now())).toHaveLength(1);
    const abandoned = await abandonOpeningSession({
      ctx: as(officer2!.user),
      input: { tenderId, sessionId: first.id },
    });
    expect(abandoned.state).toBe('abandoned');
    expect(heldShares(first.id, await after.now())).toHaveLength(0);

    const session = await startOpeningSession({ ctx: as(officer1!.user), input: { tenderId } });
    const sessionId = session.id;
    await expect(
      startOpeningSession({ ctx: as(officer2!.user), input: { tenderId } }),
    ).rejects.toBeInstanceOf(ConflictError);

    // One holder alone, or the same holder twice, does not open.
    for (let time = 0; time < 2; time += 1) {
      await confirmOpeningPresence({
        ctx: as(officer1!.user),
        input: { tenderId, sessionId, passphrase: officer1!.passphrase },
      });
      const alone = await refusedAndRecorded('tender.opening.opened', () =>
        openBids({ ctx: as(officer1!.user), input: { tenderId, sessionId } }),
      );
      expect(alone).toBeInstanceOf(ConflictError);
    }
    // A wrong passphrase holds nothing and is recorded.
    const wrong = await refusedAndRecorded('tender.opening.presence_confirmed', () =>
      confirmOpeningPresence({
        ctx: as(officer2!.user),
        input: { tenderId, sessionId, passphrase: 'not the right passphrase' },
      }),
    );
    expect(wrong).toBeInstanceOf(OpeningPassphraseRejectedError);
    expect(heldShares(sessionId, await after.now()).map((share) => share.holderId)).toEqual([
      officer1!.user.id,
    ]);
    // Members who hold no share cannot open, even with two holders' shares held.
    await confirmOpeningPresence({
      ctx: as(deputy1!.user),
      input: { tenderId, sessionId, passphrase: deputy1!.passphrase },
    });
    for (const user of [people.lead, people.reviewer, vendor]) {
      await refusedAndRecorded('access.operation.refused', () =>
        openBids({ ctx: as(user), input: { tenderId, sessionId } }),
      );
    }

    const ready = await getOpeningSession({
      ctx: as(people.reviewer),
      input: { tenderId, sessionId },
    });
    expect(ready.canOpen).toBe(true);
    expect(ready.present.map((p) => [p.userId, p.capacity, p.shareHeld]).sort()).toEqual(
      [
        [officer1!.user.id, 'openingOfficer', true],
        [deputy1!.user.id, 'openingDeputy', true],
      ].sort(),
    );

    // An officer and a deputy, after the deadline: the bids open.
    const opened = await openBids({ ctx: as(deputy1!.user), input: { tenderId, sessionId } });
    expect(opened.state).toBe('opened');
    expect(opened.recordSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(heldShares(sessionId, await after.now())).toHaveLength(0);
    const tender = await database.db
      .selectFrom('tender')
      .select('state')
      .where('id', '=', tenderId)
      .executeTakeFirstOrThrow();
    expect(tender.state).toBe('opened');
    const { sessions } = {
      sessions: await listOpeningSessions({ ctx: as(people.lead), input: { tenderId } }),
    };
    expect(sessions.map((s) => s.state).sort()).toEqual(['abandoned', 'opened']);
  });

  it('stores what was submitted and writes the record with every bid, late ones flagged', async () => {
    const ctx = as(people.reviewer);
    for (const { bidId, content, late } of receipts) {
      const bid = await getTenderBid({ ctx, input: { tenderId, bidId } });
      expect(bid.content).toEqual(BidContent.parse(content));
      expect(bid.late).toBe(late);
      expect(bid.receipt?.sealedSha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const { record, recordSha256 } = await getOpeningRecord({ ctx, input: { tenderId } });
    const stored = await database.db
      .selectFrom('opening_session')
      .select('record_sha256')
      .where('tender_id', '=', tenderId)
      .where('state', '=', 'opened')
      .executeTakeFirstOrThrow();
    expect(stored.record_sha256).toBe(recordSha256);
    expect(record.present).toHaveLength(2);
    const byId = new Map(record.bids.map((bid) => [bid.bidId, bid]));
    expect(byId.size).toBe(3);
    expect(byId.get(receipts[0]!.bidId)).toMatchObject({
      bidder: { kind: 'single', name: 'Wolkenwerk GmbH', members: [] },
      totalPrice: 812_000,
      late: false,
      check: 'passed',
    });
    expect(byId.get(receipts[1]!.bidId)).toMatchObject({
      bidder: {
        kind: 'group',
        name: 'Datenhafen GmbH',
        members: ['Nordlicht IT AG', 'Datenhafen GmbH'],
      },
      totalPrice: null,
      lifeCycleCostTotal: 235,
      check: 'passed',
    });
    expect(byId.get(receipts[2]!.bidId)).toMatchObject({ late: true, check: 'passed' });
    for (const bid of record.bids) expect(bid.computedSha256).toBe(bid.receiptSha256);

    const list = await listTenderBids({ ctx, input: { tenderId } });
    expect(list.opened).toBe(true);
    if (!list.opened) return;
    expect(list.bids.map((bid) => [bid.id, bid.late, bid.source]).sort()).toEqual(
      receipts.map((r) => [r.bidId, r.late, 'vault']).sort(),
    );
  });
});

describe('the keyring of unlocked shares', () => {
  it('wipes a share once its time is up, and everything of a session on request', () => {
    const sessionId = crypto.randomUUID();
    const held = new Date('2026-03-02T12:00:00Z');
    const share = (holderId: string) => ({
      tenderId: 't',
      holderId,
      bytes: Uint8Array.from([1, 2, 3]),
    });
    const first = share('a');
    const second = share('b');
    holdShare(sessionId, first, held);
    holdShare(sessionId, second, new Date(held.getTime() + 10 * 60_000));
    expect(heldShares(sessionId, new Date(held.getTime() + 29 * 60_000))).toHaveLength(2);
    expect(heldShares(sessionId, new Date(held.getTime() + SHARE_HOLD_MS))).toEqual([second]);
    expect([...first.bytes]).toEqual([0, 0, 0]);
    wipeSession(sessionId);
    expect(heldShares(sessionId, held)).toEqual([]);
    expect([...second.bytes]).toEqual([0, 0, 0]);
  });
});

describe('the check of sealed bytes against the receipt', () => {
  it('flags a sealed bid whose stored bytes differ from those receipted, and keeps it', async () => {
    const keys = await generateTenderKeyPair();
    keys.privateKey.fill(0);
    const place = { tenderId: crypto.randomUUID(), lotNumber: 1, bidId: crypto.randomUUID() };
    const { sealed, sha256 } = await sealBidContent(
      keys.publicKey,
      BidContent.parse(single('Wolkenwerk GmbH', 1)),
      place,
    );
    expect(checkSealedBid(sealed, sha256)).toEqual({ computedSha256: sha256, matches: true });
    const tampered = { ...sealed, ciphertext: Uint8Array.from(sealed.ciphertext) };
    tampered.ciphertext[10] = tampered.ciphertext[10]! ^ 0x01;
    const check = checkSealedBid(tampered, sha256);
    expect(check.matches).toBe(false);
    expect(check.computedSha256).not.toBe(sha256);
    const line = recordBid({
      bidId: place.bidId,
      lotNumber: 1,
      submission: 1,
      receivedAt: new Date('2026-03-02T10:00:00Z'),
      late: false,
      receiptSha256: sha256,
      computedSha256: check.computedSha256,
      check: 'hashMismatch',
      content: null,
    });
    expect(line).toMatchObject({ bidId: place.bidId, check: 'hashMismatch', bidder: null });
  });
});
