import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { listTenders } from '../../../src/services/tenders/list-tenders.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { withRollback } from '../../harness/rollback.ts';
import { tenderInput, tenderWorld } from './tender-world.ts';

describeDatabase('creating and reading tenders', (backend) => {
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
      const audit = await db
        .selectFrom('audit_entry')
        .select(['action', 'object_id', 'outcome'])
        .where('object_id', '=', tender.id)
        .execute();
      expect(audit).toEqual([
        { action: 'tender.tender.created', object_id: tender.id, outcome: 'succeeded' },
      ]);

      const read = await getTender({ ctx: w.as(w.officer), input: { tenderId: tender.id } });
      expect(read.id).toBe(tender.id);
      const { tenders } = await listTenders({ ctx: w.as(w.officer), input: {} });
      expect(tenders.map((t) => t.id)).toEqual([tender.id]);
    }));
});
