import { afterAll, beforeAll, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../../src/domain/errors.ts';
import { createTender } from '../../../src/services/tenders/create-tender.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { updateTenderDeadlines } from '../../../src/services/tenders/update-tender-deadlines.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { withRollback } from '../../harness/rollback.ts';
import { tenderInput, tenderWorld } from './tender-world.ts';

describeDatabase('a draft tender’s deadlines', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
  });
  afterAll(() => database.close());

  /*
   * Checked by hand. The notice is assumed sent now, Mon 11.01.2027 (10:00 in Berlin). VgV open
   * procedure, 35 days (§ 15 (2) VgV) counted from the day after the dispatch (Art. 3 (1) Reg.
   * 1182/71): 12.01. to Mon 15.02.2027, a working day in Berlin, so the earliest deadline is
   * the end of 15.02.2027. Deadline Mon 01.03.2027 12:00: answers are due six whole days before
   * it (§ 20 (3) S. 1 Nr. 1 VgV), by the end of Mon 22.02.; two working days to answer leave Thu
   * 18.02. as the last day for questions (ends 19.02. 00:00 = 18.02. 23:00 UTC). Bids bind for 60
   * days after 01.03.: until Fri 30.04.2027.
   */
  it('computes the defaults and checks the minimum period, explained in German and English', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const saved = await updateTenderDeadlines({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          submissionDeadline: '2027-03-01T12:00',
          periodReductions: [],
          version: 1,
        },
      });
      expect(saved).toMatchObject({
        submissionDeadline: '2027-03-01T11:00:00.000Z',
        questionsDeadline: '2027-02-18T23:00:00.000Z',
        bidValidityUntil: '2027-04-30',
        periodReductions: [],
        tenderVersion: 2,
      });
      expect(saved.checks.submission).toMatchObject({
        minimumDays: 35,
        earliestDeadline: '2027-02-16T00:00:00+01:00[Europe/Berlin]',
        errors: [],
      });
      expect(saved.checks.questions).toMatchObject({
        answersDueBy: '2027-02-23T00:00:00+01:00[Europe/Berlin]',
        lastDayForQuestions: '2027-02-18',
      });
      expect(saved.checks.bindingPeriod).toMatchObject({ lastDay: '2027-04-30' });
      expect(saved.checks.errors).toEqual([]);
      expect(saved.checks.submission!.explanation.length).toBeGreaterThan(0);
      for (const step of saved.checks.submission!.explanation) {
        expect(step.text.de.length).toBeGreaterThan(0);
        expect(step.text.en.length).toBeGreaterThan(0);
      }
      const audit = await db
        .selectFrom('audit_entry')
        .select('action')
        .where('object_id', '=', tender.id)
        .orderBy('seq')
        .execute();
      expect(audit.map((entry) => entry.action)).toContain('tender.deadlines.updated');

      const read = await getTender({ ctx: w.as(w.officer), input: { tenderId: tender.id } });
      expect(read.deadlines).toMatchObject({
        submissionDeadline: '2027-03-01T11:00:00.000Z',
        questionsDeadline: '2027-02-18T23:00:00.000Z',
        bidValidityUntil: '2027-04-30',
        checks: { deadlineRegime: 'VgV', errors: [] },
      });
    }));

  it('saves a deadline below the minimum period and reports it as an error finding', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const saved = await updateTenderDeadlines({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          submissionDeadline: '2027-02-15T12:00',
          periodReductions: [],
          version: 1,
        },
      });
      expect(saved.checks.errors.map((finding) => finding.code)).toEqual(['belowMinimumPeriod']);
      expect(saved.checks.errors[0]!.sources).toEqual(['§ 15 Abs. 2 VgV']);
      const row = await db.selectFrom('tender').selectAll().executeTakeFirstOrThrow();
      expect(row.submission_deadline?.toISOString()).toBe('2027-02-15T11:00:00.000Z');

      // Electronic submission shortens the period to 30 days (§ 15 (4) VgV): ends 10.02.2027.
      const reduced = await updateTenderDeadlines({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          submissionDeadline: '2027-02-15T12:00',
          periodReductions: ['electronicSubmission'],
          version: 2,
        },
      });
      expect(reduced.checks.submission).toMatchObject({
        minimumDays: 30,
        earliestDeadline: '2027-02-11T00:00:00+01:00[Europe/Berlin]',
        errors: [],
      });
    }));

  it('takes given values, warns where the law leaves a choice, and refuses contradictions', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({ ctx: w.as(w.officer), input: tenderInput() });
      const saved = await updateTenderDeadlines({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          submissionDeadline: '2027-03-01T12:00',
          questionsDeadline: '2027-02-26T12:00',
          bidValidityUntil: '2027-08-01',
          periodReductions: [],
          version: 1,
        },
      });
      expect(saved.questionsDeadline).toBe('2027-02-26T11:00:00.000Z');
      expect(saved.checks.warnings.map((finding) => finding.code)).toEqual(
        expect.arrayContaining([
          'questionsAfterAnswersDue',
          'bindingPeriodUnusuallyLong',
          'bindingPeriodEndsOnNonWorkingDay',
        ]),
      );
      expect(saved.checks.errors).toEqual([]);
      await expect(
        updateTenderDeadlines({
          ctx: w.as(w.officer),
          input: {
            tenderId: tender.id,
            submissionDeadline: '2027-03-01T12:00',
            questionsDeadline: '2027-03-02T12:00',
            bidValidityUntil: '2027-03-01',
            periodReductions: [],
            version: 2,
          },
        }),
      ).rejects.toMatchObject({
        issues: [{ pointer: '/questionsDeadline' }, { pointer: '/bidValidityUntil' }],
      });
      await expect(
        updateTenderDeadlines({
          ctx: w.as(w.officer),
          input: {
            tenderId: tender.id,
            submissionDeadline: '2027-03-28T02:30',
            periodReductions: [],
            version: 2,
          },
        }),
      ).rejects.toBeInstanceOf(ValidationError);
      await expect(
        updateTenderDeadlines({
          ctx: w.as(w.officer),
          input: {
            tenderId: tender.id,
            submissionDeadline: '2027-03-08T12:00',
            periodReductions: [],
            version: 1,
          },
        }),
      ).rejects.toBeInstanceOf(ConflictError);
    }));

  it('says which rules it applied to a procedure without a modelled minimum period', () =>
    withRollback(database.db, async ({ db }) => {
      const w = await tenderWorld(db);
      const tender = await createTender({
        ctx: w.as(w.officer),
        input: tenderInput({ regime: 'VSVgV', procedureType: 'vsvgv.restricted' }),
      });
      const saved = await updateTenderDeadlines({
        ctx: w.as(w.officer),
        input: {
          tenderId: tender.id,
          submissionDeadline: '2027-03-01T12:00',
          periodReductions: [],
          version: 1,
        },
      });
      expect(saved.checks.deadlineRegime).toBe('VgV');
      expect(saved.checks.submission).toBeNull();
      expect(saved.checks.warnings.map((finding) => finding.code)).toContain(
        'submissionPeriodNotChecked',
      );
      expect(saved.checks.notes.map((note) => note.en).join(' ')).toContain('1182/71');
    }));
});
