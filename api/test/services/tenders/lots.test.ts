import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../src/domain/errors.ts';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { createTenderLot } from '../../../src/services/tenders/create-tender-lot.ts';
import { deleteTenderLot } from '../../../src/services/tenders/delete-tender-lot.ts';
import { listTenderLots } from '../../../src/services/tenders/list-tender-lots.ts';
import { updateTender } from '../../../src/services/tenders/update-tender.ts';
import { updateTenderLot } from '../../../src/services/tenders/update-tender-lot.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { withRollback } from '../../harness/rollback.ts';
import { tenderInput, tenderWorld } from './tender-world.ts';

describeDatabase('the lots of a tender', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('adds, changes and removes lots without renumbering, each change a new tender version', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const ctx = w.as(w.officer);
      const tenderId = tender.id;
      const two = await createTenderLot({
        ctx,
        input: { tenderId, title: 'Betrieb', description: 'Rechenzentrum', version: 1 },
      });
      expect(two).toMatchObject({ lot: { number: 2, title: 'Betrieb' }, tenderVersion: 2 });
      const three = await createTenderLot({
        ctx,
        input: { tenderId, title: 'Pflege', description: '', version: 2 },
      });
      expect(three.lot.number).toBe(3);
      const renamed = await updateTenderLot({
        ctx,
        input: { tenderId, lotNumber: 2, title: 'Betrieb und Hosting', version: 3 },
      });
      expect(renamed).toMatchObject({
        lot: { number: 2, title: 'Betrieb und Hosting', description: 'Rechenzentrum' },
        tenderVersion: 4,
      });
      const removed = await deleteTenderLot({ ctx, input: { tenderId, lotNumber: 2, version: 4 } });
      expect(removed).toEqual({ tenderVersion: 5 });
      const { lots, tenderVersion } = await listTenderLots({ ctx, input: { tenderId } });
      expect(lots.map((lot) => [lot.number, lot.title])).toEqual([
        [1, 'Kollaborationsplattform'],
        [3, 'Pflege'],
      ]);
      expect(tenderVersion).toBe(5);
      const audit = await db
        .selectFrom('audit_entry')
        .select(['action', 'object_type', 'object_id'])
        .where('action', 'like', 'tender.lot.%')
        .orderBy('seq')
        .execute();
      expect(audit).toEqual(
        ['created', 'created', 'updated', 'deleted'].map((verb) => ({
          action: `tender.lot.${verb}`,
          object_type: 'tender',
          object_id: tenderId,
        })),
      );
    }));

  it('keeps the last lot, a lot limit’s lots and refuses a stale version, with 409', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const ctx = w.as(w.officer);
      const tenderId = tender.id;
      await expect(
        deleteTenderLot({ ctx, input: { tenderId, lotNumber: 1, version: 1 } }),
      ).rejects.toBeInstanceOf(ConflictError);
      await createTenderLot({
        ctx,
        input: { tenderId, title: 'Zwei', description: '', version: 1 },
      });
      await updateTender({ ctx, input: { tenderId, maxLotsPerBidder: 2, version: 2 } });
      await expect(
        deleteTenderLot({ ctx, input: { tenderId, lotNumber: 2, version: 3 } }),
      ).rejects.toThrow(/Lower the limit first/);
      await expect(
        updateTenderLot({ ctx, input: { tenderId, lotNumber: 1, title: 'Alt', version: 2 } }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        updateTenderLot({ ctx, input: { tenderId, lotNumber: 9, title: 'Keins', version: 3 } }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.selectFrom('tender_lot').select('number').execute()).toHaveLength(2);
    }));

  it('lets a reviewer on the team read the lots and change none', () =>
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
      const ctx = w.as(w.reviewer);
      const { lots } = await listTenderLots({ ctx, input: { tenderId: tender.id } });
      expect(lots).toHaveLength(1);
      await expect(
        createTenderLot({
          ctx,
          input: { tenderId: tender.id, title: 'Nein', description: '', version: 1 },
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
      await expect(
        listTenderLots({ ctx: w.as(w.stranger), input: { tenderId: tender.id } }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }));

  it('refuses lot changes once the tender is published, and the database does too', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      await db
        .updateTable('tender')
        .set({
          state: 'published',
          submission_deadline: new Date('2027-03-01T11:00:00Z'),
          questions_deadline: new Date('2027-02-18T23:00:00Z'),
          bid_validity_until: '2027-04-30',
          publication_requested_by: w.officer.id,
          publication_requested_at: new Date('2027-01-11T09:00:00Z'),
          publication_requested_version: 1,
          approved_by: w.colleague.id,
          published_at: new Date('2027-01-11T10:00:00Z'),
        })
        .execute();
      await expect(
        createTenderLot({
          ctx: w.as(w.officer),
          input: { tenderId: tender.id, title: 'Zu spät', description: '', version: 1 },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(
        db.updateTable('tender_lot').set({ title: 'Am API vorbei' }).execute(),
      ).rejects.toThrow(/lots change only while their tender is a draft/);
    }));
});
