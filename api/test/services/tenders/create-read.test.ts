import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../../src/domain/errors.ts';
import { ForbiddenError } from '../../../src/domain/errors.ts';
import { insertTeamMember } from '../../../src/db/repositories/tenders.ts';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { listTenders } from '../../../src/services/tenders/list-tenders.ts';
import { listTenderProcedureTypes } from '../../../src/services/tenders/list-tender-procedure-types.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { withRollback } from '../../harness/rollback.ts';
import { tenderInput, tenderWorld } from './tender-world.ts';

describeDatabase('creating, listing and reading tenders', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  it('creates a draft with lot 1, the caller as lead and officer, and audits it', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      expect(tender).toMatchObject({
        state: 'draft',
        version: 1,
        leadUserId: w.officer.id,
        organisationId: w.authority.id,
        procedureTypeId: 'vgv.open',
        capacities: ['officer'],
        lotCount: 1,
        lots: [{ number: 1, title: 'Kollaborationsplattform', hasScheme: false }],
        value: { estimatedValue: null, threshold: null },
        deadlines: { submissionDeadline: null, checks: null },
        actions: { update: true, manageLots: true, approvePublication: false, correct: false },
      });
      expect(tender.procedureType.stages.map((s) => s.id)).toContain('submissionPeriod');
      const team = await db.selectFrom('tender_team_member').selectAll().execute();
      expect(team.map((m) => [m.tender_id, m.user_id, m.capacity])).toEqual([
        [tender.id, w.officer.id, 'officer'],
      ]);
      const audit = await db
        .selectFrom('audit_entry')
        .select(['action', 'object_id', 'outcome'])
        .where('object_id', '=', tender.id)
        .execute();
      expect(audit).toEqual([
        { action: 'tender.tender.created', object_id: tender.id, outcome: 'succeeded' },
      ]);
    }));

  it('stores the short form of a procedure type in its long form', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({
        ctx: w.as(w.officer),
        input: tenderInput({ regime: 'UVgO', procedureType: 'public-tender' }),
      });
      expect(tender.procedureTypeId).toBe('uvgo.public-tender');
    }));

  it('refuses a type the regime does not know, and a justified type without its ground', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const ctx = w.as(w.officer);
      const unknown = createTender({
        ctx,
        input: tenderInput({ regime: 'VSVgV', procedureType: 'vgv.open' }),
      });
      await expect(unknown).rejects.toBeInstanceOf(ValidationError);
      await expect(unknown).rejects.toMatchObject({ issues: [{ pointer: '/procedureType' }] });
      const groundless = createTender({
        ctx,
        input: tenderInput({ procedureType: 'vgv.negotiated-without-call' }),
      });
      await expect(groundless).rejects.toMatchObject({
        issues: [{ pointer: '/procedureGround' }],
      });
      const grounded = await createTender({
        ctx,
        input: tenderInput({
          procedureType: 'vgv.negotiated-without-call',
          procedureGround:
            'Nur ein Unternehmen kann die Leistung erbringen (§ 14 Abs. 4 Nr. 2 VgV).',
        }),
      });
      expect(grounded.procedureType).toMatchObject({ choice: 'justified', needsGround: true });
      expect(await db.selectFrom('tender').select('id').execute()).toHaveLength(1);
    }));

  it('refuses a reference the authority already uses with 409, but not another authority’s', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      await createTender({ ctx: w.as(w.officer), input: tenderInput({ reference: 'VG-1' }) });
      await expect(
        createTender({ ctx: w.as(w.colleague), input: tenderInput({ reference: 'VG-1' }) }),
      ).rejects.toBeInstanceOf(ConflictError);
      const elsewhere = await createTender({
        ctx: w.as(w.stranger),
        input: tenderInput({ reference: 'VG-1' }),
      });
      expect(elsewhere.reference).toBe('VG-1');
    }));

  it('lists a regime’s procedure types, open ones first, with their stages', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const { types } = await listTenderProcedureTypes({
        ctx: w.as(w.reviewer),
        input: { regime: 'UVgO' },
      });
      expect(types[0]).toMatchObject({ id: 'uvgo.public-tender', needsGround: false });
      expect(types.every((type) => type.id.startsWith('uvgo.'))).toBe(true);
      expect(types.find((type) => type.id === 'uvgo.direct-award')?.needsGround).toBe(true);
    }));

  it('lets no reviewer create a tender', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      await expect(
        createTender({ ctx: w.as(w.reviewer), input: tenderInput() }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }));

  it('lists the team’s tenders newest first, page by page, with the caller’s capacities', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const first = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      w.clock.advance(60_000);
      const second = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      w.clock.advance(60_000);
      await createTender({ ctx: w.as(w.colleague), input: tenderInput() });
      await insertTeamMember(db, {
        tenderId: first.id,
        userId: w.reviewer.id,
        capacity: 'reviewer',
        addedBy: w.officer.id,
        at: new Date(),
      });

      const page1 = await listTenders({ ctx: w.as(w.officer), input: { limit: 1 } });
      expect(page1.tenders.map((t) => t.id)).toEqual([second.id]);
      expect(page1.nextCursor).not.toBeNull();
      const page2 = await listTenders({
        ctx: w.as(w.officer),
        input: { limit: 1, cursor: page1.nextCursor! },
      });
      expect(page2.tenders.map((t) => t.id)).toEqual([first.id]);
      expect(page2.nextCursor).toBeNull();

      const reviewerList = await listTenders({ ctx: w.as(w.reviewer), input: {} });
      expect(reviewerList.tenders).toHaveLength(1);
      expect(reviewerList.tenders[0]).toMatchObject({
        id: first.id,
        capacities: ['reviewer'],
        lotCount: 1,
        regime: 'VgV',
        procedureTypeId: 'vgv.open',
        submissionDeadline: null,
      });
    }));

  it('shows a tender to its team only: 404 for a colleague off the team and another authority', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const input = { tenderId: tender.id };
      await expect(getTender({ ctx: w.as(w.colleague), input })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(getTender({ ctx: w.as(w.stranger), input })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await insertTeamMember(db, {
        tenderId: tender.id,
        userId: w.reviewer.id,
        capacity: 'reviewer',
        addedBy: w.officer.id,
        at: new Date(),
      });
      const read = await getTender({ ctx: w.as(w.reviewer), input });
      expect(read.capacities).toEqual(['reviewer']);
      // A reviewer changes nothing; they make their own declaration under § 6 VgV.
      const allowed = Object.entries(read.actions).filter(([, may]) => may);
      expect(allowed.map(([action]) => action)).toEqual(['declare']);
    }));
});
