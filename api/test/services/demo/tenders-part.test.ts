import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDemo, readSeed } from '@tenderwise/seed';
import { EvaluationScheme, type DemoBundle, type SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { defaultServiceSettings } from '../../../src/services/context.ts';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.ts';
import { getPublishedTender } from '../../../src/services/public-tenders/get-published-tender.ts';
import { getTender } from '../../../src/services/tenders/get-tender.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { describeDatabase, openTestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import {
  operatorPrincipal,
  serviceContextFor,
  userPrincipal,
} from '../../harness/service-context.ts';

// The demo's tenders, loaded with the accounts alone: the registry and the options reviews,
// which take the verbs seconds to make, are tested in options-reviews-part.test.ts.
describeDatabase('the demo’s tenders', (backend) => {
  let catalogue: SeedBundle;
  let demo: DemoBundle;
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dataDir: string;
  // A Thursday; the published tender's deadline, 45 days on, falls on a Sunday and moves on.
  const clock = fixedClock('2026-12-03T09:00:00.000Z');

  const ctx = (principal?: Parameters<typeof serviceContextFor>[2]) =>
    serviceContextFor(database.db, clock, principal, {
      settings: { ...defaultServiceSettings, installation: { loopbackOnly: true, dataDir } },
      passwordHashing: testPasswordHashing,
    });
  let admin: ReturnType<typeof userPrincipal>;
  const load = () => loadDemoData({ ctx: ctx(admin), input: { sources: { catalogue, demo } } });
  let first: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    const files = await Promise.all([readSeed(), readDemo()]);
    catalogue = files[0];
    demo = { ...files[1], registry: { vendors: [] }, optionsReviews: { reviews: [] } };
    database = await openTestDatabase(backend);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-tenders-'));
    const created = await createAdministrator({
      ctx: ctx(operatorPrincipal('admin:create')),
      input: { email: 'admin@kreis.example', displayName: 'Ada Admin', organisationName: 'Kreis' },
    });
    admin = userPrincipal(created.user);
    first = await load();
  });
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const tenderOf = (reference: string) =>
    database.db
      .selectFrom('tender')
      .innerJoin('organisation', 'organisation.id', 'tender.organisation_id')
      .innerJoin('app_user as lead', 'lead.id', 'tender.lead_user_id')
      .leftJoin('app_user as requester', 'requester.id', 'tender.publication_requested_by')
      .leftJoin('app_user as approver', 'approver.id', 'tender.approved_by')
      .selectAll('tender')
      .select([
        'organisation.demo',
        'lead.email as lead',
        'requester.email as requester',
        'approver.email as approver',
      ])
      .where('tender.reference', '=', reference)
      .executeTakeFirstOrThrow();
  const leadPrincipal = async () =>
    userPrincipal(
      await database.db
        .selectFrom('app_user')
        .selectAll()
        .where('email', '=', 'erika.mustermann@musterland.example')
        .executeTakeFirstOrThrow(),
    );
  const published = () => tenderOf('LVM-VG-2026-031');
  const draft = () => tenderOf('LVM-VG-2027-004');

  const rowCounts = async () => {
    const tables = [
      'tender',
      'tender_lot',
      'tender_scheme_version',
      'tender_correction',
      'tender_team_member',
      'tender_interest',
      'tender_question',
      'notice',
      'audit_entry',
    ] as const;
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { n } = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      counts[table] = Number(n);
    }
    return counts;
  };

  it('makes a published tender and one in preparation, of the demo authority, led by its lead officer', async () => {
    expect(first.parts.find((part) => part.part === 'tenders')).toEqual({
      part: 'tenders',
      objects: [{ kind: 'tender', created: 2, present: 0 }],
    });
    const tender = await published();
    expect(tender).toMatchObject({
      state: 'published',
      demo: true,
      lead: 'erika.mustermann@musterland.example',
      requester: 'erika.mustermann@musterland.example',
      // Four eyes: a second officer of the team approved.
      approver: 'max.mustermann@musterland.example',
      regime: 'VgV',
      procedure_type: 'vgv.open',
    });
    expect(tender.published_at).toEqual(new Date('2026-12-03T09:00:00.000Z'));
    expect((await draft()).state).toBe('draft');
  });

  it('publishes scheme version 1 from the template and a correction’s version 2, each under a commitment that recomputes', async () => {
    const tender = await published();
    const versions = await database.db
      .selectFrom('tender_scheme_version')
      .selectAll()
      .where('tender_id', '=', tender.id)
      .orderBy('number')
      .execute();
    expect(versions.map((v) => [v.lot_number, v.number, v.correction_number])).toEqual([
      [1, 1, null],
      [1, 2, 1],
    ]);
    for (const version of versions) {
      const scheme = EvaluationScheme.parse(JSON.parse(version.scheme));
      expect(version.commitment).toBe(schemeCommitment(scheme));
      expect(version.commitment).toBe(
        createHash('sha256').update(version.scheme, 'utf8').digest('hex'),
      );
    }
    expect(versions[1]!.commitment).not.toBe(versions[0]!.commitment);
    const weightOf = (scheme: string, id: string) =>
      (JSON.parse(scheme) as EvaluationScheme).award.find((c) => c.id === id)?.weightBp;
    expect(weightOf(versions[0]!.scheme, 'migration-concept')).toBe(6000);
    expect(weightOf(versions[1]!.scheme, 'migration-concept')).toBe(5000);
    expect(weightOf(versions[1]!.scheme, 'project-team')).toBe(5000);
    const lot = await database.db
      .selectFrom('tender_lot')
      .select(['scheme_origin_kind', 'scheme_origin_template_id'])
      .where('tender_id', '=', tender.id)
      .executeTakeFirstOrThrow();
    expect(lot).toEqual({
      scheme_origin_kind: 'template',
      scheme_origin_template_id: 'state-collaboration-suite',
    });

    // Anyone reads the same commitments on the public tender, without an account (§ 41 (1) VgV).
    const view = await getPublishedTender({ ctx: ctx(), input: { tenderId: tender.id } });
    expect(view.lots[0]!.schemeVersions.map((v) => v.commitment)).toEqual(
      versions.map((v) => v.commitment),
    );
    expect(view.corrections).toHaveLength(1);
  });

  it('extends the submission deadline with the correction and tells every interested vendor', async () => {
    const tender = await published();
    const [correction] = await database.db
      .selectFrom('tender_correction')
      .selectAll()
      .where('tender_id', '=', tender.id)
      .execute();
    // 45 days after 2026-12-03 is Sunday 2027-01-17: Monday 12:00 in Berlin; then two weeks on.
    expect(correction!.previous_submission_deadline).toEqual(new Date('2027-01-18T11:00:00.000Z'));
    expect(correction!.submission_deadline).toEqual(new Date('2027-02-01T11:00:00.000Z'));
    expect(tender.submission_deadline).toEqual(correction!.submission_deadline);
    expect(tender.questions_deadline!.getTime()).toBeLessThan(
      tender.submission_deadline!.getTime(),
    );

    const interested = await database.db
      .selectFrom('tender_interest')
      .innerJoin('organisation', 'organisation.id', 'tender_interest.organisation_id')
      .select(['organisation.id', 'organisation.name'])
      .where('tender_id', '=', tender.id)
      .orderBy('organisation.name')
      .execute();
    expect(interested.map((o) => o.name)).toEqual([
      'Offenwerk Integration eG (fiktiv)',
      'Wolkenwerk Cloud GmbH (fiktiv)',
    ]);
    const notices = await database.db
      .selectFrom('notice')
      .select(['organisation_id', 'kind'])
      .where('object_type', '=', 'tender')
      .where('object_id', '=', tender.id)
      .execute();
    const ofKind = (kind: string) =>
      notices
        .filter((notice) => notice.kind === kind)
        .map((notice) => notice.organisation_id)
        .sort();
    const ids = interested.map((o) => o.id).sort();
    expect(ofKind('correction')).toEqual(ids);
    // The answer goes to the interested vendors, the asker among them, once each.
    expect(ofKind('clarification_answer')).toEqual(ids);
  });

  it('holds two questions of demo vendors in time, one answered without naming the asker', async () => {
    const tender = await published();
    const questions = await database.db
      .selectFrom('tender_question')
      .select(['number', 'late', 'answer', 'answered_by'])
      .where('tender_id', '=', tender.id)
      .orderBy('number')
      .execute();
    expect(questions.map((q) => [q.number, q.late, q.answer !== null])).toEqual([
      [1, false, true],
      [2, false, false],
    ]);
    const view = await getPublishedTender({ ctx: ctx(), input: { tenderId: tender.id } });
    expect(JSON.stringify(view)).not.toMatch(/Offenwerk|Wolkenwerk/);
  });

  it('has the published tender’s whole team declared, and leaves the draft incomplete for its team to finish', async () => {
    const lead = await leadPrincipal();
    const tender = await published();
    const team = await database.db
      .selectFrom('tender_team_member')
      .select(['capacity', 'declared_at'])
      .where('tender_id', '=', tender.id)
      .execute();
    expect(team.filter((m) => m.capacity === 'openingOfficer')).toHaveLength(3);
    expect(team.filter((m) => m.capacity === 'openingDeputy')).toHaveLength(3);
    expect(team.every((m) => m.declared_at !== null)).toBe(true);

    const preparing = await getTender({ ctx: ctx(lead), input: { tenderId: (await draft()).id } });
    expect(preparing.deadlines.submissionDeadline).not.toBeNull();
    expect(preparing.deadlines.checks?.errors).toEqual([]);
    expect(preparing.readiness.map((item) => item.id).sort()).toEqual([
      'declarationMissing',
      'declarationMissing',
      'openingDeputyMissing',
      'openingOfficersTooFew',
    ]);
  });

  it('records the work as the demo people who did it, in an intact chain', async () => {
    const tender = await published();
    const emails = new Map(
      (await database.db.selectFrom('app_user').select(['id', 'email']).execute()).map((user) => [
        user.id,
        user.email,
      ]),
    );
    const entries = (
      await database.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_id'])
        .where('object_type', '=', 'tender')
        .where('object_id', '=', tender.id)
        .where('outcome', '=', 'succeeded')
        .orderBy('seq')
        .execute()
    ).map((entry) => ({ action: entry.action, email: emails.get(entry.actor_id ?? '') }));
    expect(entries[0]).toEqual({
      action: 'tender.tender.created',
      email: 'erika.mustermann@musterland.example',
    });
    expect(entries).toContainEqual({
      action: 'tender.publication.approved',
      email: 'max.mustermann@musterland.example',
    });
    expect(entries.filter((entry) => entry.action === 'tender.team.declared')).toHaveLength(9);
    expect(entries.at(-1)?.action).toBe('tender.correction.published');
    expect(entries.some((entry) => entry.email === 'admin@kreis.example')).toBe(false);
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
  });

  it('changes nothing when loaded again', async () => {
    const before = await rowCounts();
    clock.advance(60_000);
    const again = await load();
    expect(again.changed).toBe(false);
    expect(again.parts.find((part) => part.part === 'tenders')).toEqual({
      part: 'tenders',
      objects: [{ kind: 'tender', created: 0, present: 2 }],
    });
    expect(await rowCounts()).toEqual(before);
  });
});
