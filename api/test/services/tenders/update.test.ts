import type { ContractValueInput } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../../src/domain/errors.ts';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { createTenderLot } from '../../../src/services/tenders/create-tender-lot.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { updateTender } from '../../../src/services/tenders/update-tender.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { withRollback } from '../../harness/rollback.ts';
import { tenderInput, tenderWorld } from './tender-world.ts';

const totalPrice = (amount: string, id = 'lot-1') => ({
  id,
  basis: { kind: 'totalPrice' as const, amount },
  additions: [],
  paymentsToParticipants: '0',
  suppliedByAuthority: '0',
});
const estimate = (...lots: ReturnType<typeof totalPrice>[]): ContractValueInput => ({
  contractKind: 'suppliesServices',
  lots,
  smallLotIds: [],
});

describeDatabase('changing a draft tender', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('changes what is named, moves the version on and audits before and after', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const changed = await updateTender({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          title: 'Neuer Titel',
          land: 'DE-BY',
          noLotsReasons: 'Betrieb und Pflege sind technisch nicht trennbar.',
          version: 1,
        },
      });
      expect(changed).toMatchObject({
        title: 'Neuer Titel',
        land: 'DE-BY',
        description: 'Betrieb und Pflege',
        noLotsReasons: 'Betrieb und Pflege sind technisch nicht trennbar.',
        version: 2,
      });
      const audit = await db
        .selectFrom('audit_entry')
        .select(['action', 'before_hash', 'after_hash'])
        .where('object_id', '=', tender.id)
        .orderBy('seq')
        .execute();
      expect(audit.map((entry) => entry.action)).toEqual([
        'tender.tender.created',
        'tender.tender.updated',
      ]);
      expect(audit[1]!.before_hash).not.toBe(audit[1]!.after_hash);
    }));

  it('refuses a stale version with 409 and changes nothing', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      await updateTender({
        ctx: w.as(w.officer),
        input: { tenderId: tender.id, title: 'Erste', version: 1 },
      });
      await expect(
        updateTender({
          ctx: w.as(w.officer),
          input: { tenderId: tender.id, title: 'Zweite', version: 1 },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      const read = await getTender({ ctx: w.as(w.officer), input: { tenderId: tender.id } });
      expect(read).toMatchObject({ title: 'Erste', version: 2 });
    }));

  it('refuses others: 404 off the team or in another authority, 403 for a reviewer on it', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      await insertTeamMember(db, {
        tenderId: tender.id,
        userId: w.reviewer.id,
        capacity: 'reviewer',
        addedBy: w.officer.id,
        at: new Date(),
      });
      const input = { tenderId: tender.id, title: 'Fremd', version: 1 };
      await expect(updateTender({ ctx: w.as(w.colleague), input })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(updateTender({ ctx: w.as(w.stranger), input })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(updateTender({ ctx: w.as(w.reviewer), input })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      const row = await db.selectFrom('tender').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ title: 'Kollaborationsplattform', version: 1 });
    }));

  it('keeps the kind of procedure when only the regime changes, and refuses one the regime lacks', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const sektvo = await updateTender({
        ctx: w.as(w.officer),
        input: { tenderId: tender.id, regime: 'SektVO', authorityKind: 'sectorEntity', version: 1 },
      });
      expect(sektvo.procedureTypeId).toBe('sektvo.open');
      await expect(
        updateTender({
          ctx: w.as(w.officer),
          input: { tenderId: tender.id, regime: 'VSVgV', version: 2 },
        }),
      ).rejects.toMatchObject({ issues: [{ pointer: '/procedureType' }] });
    }));

  it('computes the contract value and classifies it by the threshold valid on the day', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const above = await updateTender({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          estimatedValue: estimate(totalPrice('200000')),
          version: 1,
        },
      });
      // No day given: the day of the change in Berlin (the clock stands at 2027-01-11).
      expect(above.value.estimatedOn).toBe('2027-01-11');
      expect(above.value.contractValue?.value).toBe('200000.00');
      expect(above.value.matchesLots).toBe(true);
      expect(above.value.threshold).toMatchObject({
        table: { id: 'eu-thresholds' },
        comparedWith: 'VgV',
        regimeFits: false,
        classification: {
          position: 'below',
          margin: '16000.00',
          threshold: {
            id: 'vgv.other-public.supplies-services.2026',
            amount: '216000',
            validFrom: '2026-01-01',
            validUntil: '2027-12-31',
          },
        },
      });
      expect(above.value.threshold?.classification?.threshold.sources.map((s) => s.name)).toContain(
        'Commission Delegated Regulation (EU) 2025/2152 amending Directive 2014/24/EU in respect of the thresholds',
      );
      expect(above.value.threshold?.note?.en).toContain('below the EU threshold');

      const reached = await updateTender({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          estimatedValue: estimate(totalPrice('216000')),
          version: 2,
        },
      });
      expect(reached.value.threshold).toMatchObject({
        regimeFits: true,
        note: null,
        classification: { position: 'above', margin: '0.00' },
      });

      // Estimated in 2025, the value is judged by the 2024–2025 amount of 221,000.
      const earlier = await updateTender({
        ctx: w.as(w.officer),
        input: { tenderId: tender.id, estimatedOn: '2025-06-01', version: 3 },
      });
      expect(earlier.value.threshold?.classification).toMatchObject({
        position: 'below',
        threshold: { id: 'vgv.other-public.supplies-services.2024', amount: '221000' },
      });
    }));

  it('compares a UVgO tender with the threshold it must stay below', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({
        ctx: w.as(w.officer),
        input: tenderInput({ regime: 'UVgO', procedureType: 'uvgo.public-tender' }),
      });
      const read = await updateTender({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          estimatedValue: estimate(totalPrice('250000')),
          estimatedOn: '2027-01-04',
          version: 1,
        },
      });
      expect(read.value.threshold).toMatchObject({
        comparedWith: 'VgV',
        regimeFits: false,
        classification: { position: 'above' },
      });
      expect(read.value.threshold?.note?.de).toContain('UVgO gilt nicht');
    }));

  it('refuses an estimate that does not fit the tender’s lots or kind of contract', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const lot2 = await createTenderLot({
        ctx: w.as(w.officer),
        input: { tenderId: tender.id, title: 'Pflege', description: '', version: 1 },
      });
      const update = (estimatedValue: ReturnType<typeof estimate>) =>
        updateTender({
          ctx: w.as(w.officer),
          input: { tenderId: tender.id, estimatedValue, version: lot2.tenderVersion },
        });
      await expect(update(estimate(totalPrice('100')))).rejects.toMatchObject({
        issues: [{ pointer: '/estimatedValue/lots' }],
      });
      await expect(
        update(estimate(totalPrice('100'), totalPrice('100', 'lot-3'))),
      ).rejects.toMatchObject({
        issues: [{ pointer: '/estimatedValue/lots/1/id' }, { pointer: '/estimatedValue/lots' }],
      });
      await expect(
        update({ ...estimate(totalPrice('1'), totalPrice('2', 'lot-2')), contractKind: 'works' }),
      ).rejects.toMatchObject({ issues: [{ pointer: '/estimatedValue/contractKind' }] });
      const both = await update(estimate(totalPrice('100000'), totalPrice('150000', 'lot-2')));
      expect(both.value.contractValue?.value).toBe('250000.00');
      expect(both.value.threshold?.classification?.position).toBe('above');
    }));

  it('keeps the lot limits of § 30 VgV within the lots', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const lot2 = await createTenderLot({
        ctx: w.as(w.officer),
        input: { tenderId: tender.id, title: 'Pflege', description: '', version: 1 },
      });
      const limit = (maxLotsPerBidder: number | null, maxLotsPerAward: number | null) =>
        updateTender({
          ctx: w.as(w.officer),
          input: {
            tenderId: tender.id,
            maxLotsPerBidder,
            maxLotsPerAward,
            version: lot2.tenderVersion,
          },
        });
      await expect(limit(null, 3)).rejects.toMatchObject({
        issues: [{ pointer: '/maxLotsPerAward' }],
      });
      await expect(limit(1, 2)).rejects.toBeInstanceOf(ValidationError);
      const limited = await limit(2, 1);
      expect(limited).toMatchObject({ maxLotsPerBidder: 2, maxLotsPerAward: 1 });
    }));
});
