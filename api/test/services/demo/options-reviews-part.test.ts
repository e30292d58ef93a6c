import { parseLockedKey, unlockHolderKey } from '../../../src/security/vault/holder-keys.ts';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDemo, readSeed } from '@tenderwise/seed';
import { EvaluationScheme, type DemoBundle, type SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { canonicalHash } from '../../../src/engine/canonical/canonical-json.ts';
import { schemeCommitment } from '../../../src/engine/canonical/commitment.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { defaultServiceSettings } from '../../../src/services/context.ts';
import { credentialsFileName } from '../../../src/services/demo/credentials-file.ts';
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

// The whole demo, loaded once: its options reviews, registry and tenders (the loader's rules
// with the accounts alone are tested in load-demo-data.test.ts).
describeDatabase('the demo’s options reviews, registry and tenders', (backend) => {
  let catalogue: SeedBundle;
  let demo: DemoBundle;
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dataDir: string;
  const clock = fixedClock('2026-12-03T09:00:00.000Z');

  const ctx = (principal?: Parameters<typeof serviceContextFor>[2]) =>
    serviceContextFor(database.db, clock, principal, {
      settings: { ...defaultServiceSettings, installation: { loopbackOnly: true, dataDir } },
      passwordHashing: testPasswordHashing,
    });
  let admin: ReturnType<typeof userPrincipal>;
  const load = (showSignIns: boolean) =>
    loadDemoData({
      ctx: ctx(admin),
      input: { showSignIns, sources: { catalogue, demo } },
    });
  let first: Awaited<ReturnType<typeof load>>;

  beforeAll(async () => {
    [catalogue, demo] = await Promise.all([readSeed(), readDemo()]);
    database = await openTestDatabase(backend);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-reviews-'));
    const created = await createAdministrator({
      ctx: ctx(operatorPrincipal('admin:create')),
      input: { email: 'admin@kreis.example', displayName: 'Ada Admin', organisationName: 'Kreis' },
    });
    admin = userPrincipal(created.user);
    first = await load(true);
  });
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const reviews = () =>
    database.db
      .selectFrom('options_review')
      .innerJoin('organisation', 'organisation.id', 'options_review.organisation_id')
      .innerJoin('app_user', 'app_user.id', 'options_review.lead_user_id')
      .select([
        'options_review.id',
        'options_review.title',
        'options_review.status',
        'options_review.concluded_scheme_version',
        'options_review.concluded_scheme_commitment',
        'organisation.demo',
        'app_user.email as lead',
      ])
      .orderBy('options_review.title')
      .execute();

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
      'options_review',
      'options_review_member',
      'options_review_scheme_version',
      'options_review_option',
      'options_review_score_sheet',
      'options_review_score',
      'options_review_consensus',
      'options_review_weight_set',
      'options_review_weight_adoption',
      'vendor_profile',
      'vendor_service',
      'self_assessment_version',
      'evidence_document',
      'evidence_grant',
      'tender',
      'tender_lot',
      'tender_scheme_version',
      'tender_correction',
      'tender_team_member',
      'tender_interest',
      'tender_question',
      'notice',
      'conversation',
      'conversation_turn',
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

  it('creates a concluded review and one in review, of the demo authority, led by its lead officer', async () => {
    expect(first.parts.find((part) => part.part === 'optionsReviews')).toEqual({
      part: 'optionsReviews',
      objects: [{ kind: 'options_review', created: 2, present: 0 }],
    });
    expect(
      (await reviews()).map(({ title, status, demo: isDemo, lead }) => ({
        title,
        status,
        isDemo,
        lead,
      })),
    ).toEqual([
      {
        title: 'GPU-Rechenleistung für KI-Forschung der Landeshochschulen',
        status: 'inReview',
        isDemo: true,
        lead: 'erika.mustermann@musterland.example',
      },
      {
        title: 'Kollaborationsplattform für 4.000 Arbeitsplätze',
        status: 'concluded',
        isDemo: true,
        lead: 'erika.mustermann@musterland.example',
      },
    ]);
  });

  it('records the commitment of the scheme version the concluded review used', async () => {
    const concluded = (await reviews()).find((review) => review.status === 'concluded')!;
    const version = await database.db
      .selectFrom('options_review_scheme_version')
      .select(['number', 'commitment', 'origin_kind', 'origin_template_id'])
      .where('review_id', '=', concluded.id)
      .executeTakeFirstOrThrow();
    expect(version).toMatchObject({
      number: 1,
      origin_kind: 'template',
      origin_template_id: 'state-collaboration-suite',
    });
    expect(concluded.concluded_scheme_version).toBe(1);
    expect(concluded.concluded_scheme_commitment).toBe(version.commitment);
  });

  it('fills the concluded review: fictional vendors’ options, submitted sheets and a consensus on every score', async () => {
    const concluded = (await reviews()).find((review) => review.status === 'concluded')!;
    const options = await database.db
      .selectFrom('options_review_option')
      .select(['vendor_name', 'name'])
      .where('review_id', '=', concluded.id)
      .execute();
    expect(options).toHaveLength(4);
    for (const option of options) {
      expect(option.name).toMatch(/ \(fiktiv\)$/);
      expect(option.vendor_name).toMatch(/ \(fiktiv\)$/);
    }
    const sheets = await database.db
      .selectFrom('options_review_score_sheet')
      .select('submitted_at')
      .where('review_id', '=', concluded.id)
      .execute();
    expect(sheets).toHaveLength(3);
    expect(sheets.every((sheet) => sheet.submitted_at !== null)).toBe(true);
    const consensus = await database.db
      .selectFrom('options_review_consensus')
      .select(['justification'])
      .where('review_id', '=', concluded.id)
      .execute();
    // Nine ordinal criteria of the template, four options.
    expect(consensus).toHaveLength(36);
    expect(consensus.every((row) => row.justification.length > 40)).toBe(true);
  });

  it('has the members’ AHP weight sets and the lead’s adoption of the group’s weights, in force at the conclusion', async () => {
    const concluded = (await reviews()).find((review) => review.status === 'concluded')!;
    const sets = await database.db
      .selectFrom('options_review_weight_set')
      .select('sets')
      .where('review_id', '=', concluded.id)
      .execute();
    expect(sets).toHaveLength(3);
    for (const set of sets) {
      const entries = JSON.parse(set.sets) as { method: string }[];
      expect(entries.map((entry) => entry.method)).toEqual(['ahp', 'ahp', 'ahp', 'ahp']);
    }
    const adoption = await database.db
      .selectFrom('options_review_weight_adoption')
      .select(['id', 'kind', 'reason'])
      .where('review_id', '=', concluded.id)
      .executeTakeFirstOrThrow();
    expect(adoption.kind).toBe('geometricMean');
    expect(adoption.reason).toMatch(/geometrische Mittel/);
    const { concluded_weight_adoption_id } = await database.db
      .selectFrom('options_review')
      .select('concluded_weight_adoption_id')
      .where('id', '=', concluded.id)
      .executeTakeFirstOrThrow();
    expect(concluded_weight_adoption_id).toBe(adoption.id);
  });

  it('leaves the other review in review, with some sheets submitted and not all', async () => {
    const inReview = (await reviews()).find((review) => review.status === 'inReview')!;
    const sheets = await database.db
      .selectFrom('options_review_score_sheet')
      .select('submitted_at')
      .where('review_id', '=', inReview.id)
      .execute();
    expect(sheets.map((sheet) => sheet.submitted_at !== null).sort()).toEqual([false, true, true]);
  });

  it('audits the reviews’ work as the demo people who did it, in an intact chain', async () => {
    const lead = await database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'erika.mustermann@musterland.example')
      .executeTakeFirstOrThrow();
    const byLead = await database.db
      .selectFrom('audit_entry')
      .select('action')
      .where('actor_id', '=', lead.id)
      .where('action', '=', 'options_review.status.changed')
      .execute();
    // Both reviews opened for review, one concluded.
    expect(byLead).toHaveLength(3);
    const submitted = await database.db
      .selectFrom('audit_entry')
      .select('actor_id')
      .where('action', '=', 'options_review.scores.submitted')
      .execute();
    expect(submitted).toHaveLength(5);
    expect(submitted.some((entry) => entry.actor_id === admin.userId)).toBe(false);
    expect((await verifyAuditChain(database.db)).intact).toBe(true);
  });

  it('answers the new people’s sign-ins once when asked, the same as the file holds', async () => {
    expect(first.signIns).toHaveLength(16);
    const file = await readFile(path.join(dataDir, credentialsFileName), 'utf8');
    for (const signIn of first.signIns!) {
      expect(file).toContain(signIn.email);
      expect(file).toContain(signIn.password);
      if (signIn.totp !== null) expect(file).toContain(signIn.totp.keyUri);
    }
    expect(first.signIns!.filter((signIn) => signIn.totp !== null)).toHaveLength(7);
  });

  it('puts fictional vendors’ services into the registry, published, with fictional evidence and a confidential C5 report granted to the demo authority', async () => {
    expect(first.parts.find((part) => part.part === 'registry')).toEqual({
      part: 'registry',
      objects: [{ kind: 'vendor_service', created: 3, present: 0 }],
    });
    const services = await database.db
      .selectFrom('vendor_service')
      .innerJoin('organisation', 'organisation.id', 'vendor_service.organisation_id')
      .select(['vendor_service.id', 'vendor_service.name', 'organisation.demo'])
      .execute();
    expect(services).toHaveLength(3);
    for (const service of services) {
      expect(service.name).toMatch(/ \(fiktiv\)$/);
      expect(service.demo).toBe(true);
      const versions = await database.db
        .selectFrom('self_assessment_version')
        .select(['status', 'content', 'vendor_snapshot', 'content_sha256'])
        .where('service_id', '=', service.id)
        .execute();
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) {
        expect(version.status).toBe('published');
        const recomputed = canonicalHash({
          content: JSON.parse(version.content),
          vendor: JSON.parse(version.vendor_snapshot!),
        });
        expect(version.content_sha256).toBe(recomputed);
      }
    }
    const documents = await database.db
      .selectFrom('evidence_document')
      .select(['id', 'service_id', 'title', 'confidential', 'media_type', 'content'])
      .execute();
    for (const document of documents) {
      expect(document.title).toMatch(/ \(fiktiv\)$/);
      expect(document.media_type).toBe('application/pdf');
      expect(Buffer.from(document.content).toString('latin1')).toContain('FIKTIV / FICTIONAL');
    }
    const c5 = documents.filter((document) => document.confidential);
    expect(c5.map((document) => document.title)).toEqual(['C5-Typ-2-Bericht 2026 (fiktiv)']);
    const grants = await database.db
      .selectFrom('evidence_grant')
      .innerJoin('organisation', 'organisation.id', 'evidence_grant.authority_id')
      .select(['evidence_grant.service_id', 'organisation.name', 'evidence_grant.revoked_at'])
      .execute();
    expect(grants).toEqual([
      {
        service_id: c5[0]!.service_id,
        name: 'Landesverwaltung Musterland (fiktiv)',
        revoked_at: null,
      },
    ]);
  });

  it('audits the registry’s profiles, services and publications as the vendors’ demo users', async () => {
    const vendorUsers = await database.db
      .selectFrom('app_user')
      .select('id')
      .where('role', '=', 'vendor')
      .execute();
    const vendorIds = new Set(vendorUsers.map((user) => user.id));
    const byAction = async (action: string) =>
      database.db
        .selectFrom('audit_entry')
        .select(['actor_id', 'object_id'])
        .where('action', '=', action)
        .where('outcome', '=', 'succeeded')
        .execute();
    const published = await byAction('self_assessment.version.published');
    const versions = await database.db
      .selectFrom('self_assessment_version')
      .select('id')
      .where('status', '=', 'published')
      .execute();
    expect(published.map((entry) => entry.object_id).sort()).toEqual(
      versions.map((version) => version.id).sort(),
    );
    const services = await byAction('vendor.service.created');
    const profiles = await byAction('vendor.profile.saved');
    expect(services).toHaveLength(3);
    expect(profiles.length).toBeGreaterThan(0);
    for (const entry of [...published, ...services, ...profiles]) {
      expect(vendorIds.has(entry.actor_id!)).toBe(true);
    }
  });

  it('takes one option of the review in progress from the registry, completed with the offer’s figures', async () => {
    const options = await database.db
      .selectFrom('options_review_option')
      .leftJoin(
        'self_assessment_version',
        'self_assessment_version.id',
        'options_review_option.registry_version_id',
      )
      .leftJoin('vendor_service', 'vendor_service.id', 'self_assessment_version.service_id')
      .select([
        'options_review_option.name',
        'options_review_option.offer',
        'self_assessment_version.number',
        'vendor_service.name as service',
      ])
      .where('options_review_option.registry_version_id', 'is not', null)
      .execute();
    expect(options.map(({ name, number, service }) => ({ name, number, service }))).toEqual([
      {
        name: 'Nuage Souverain Calcul IA (fiktiv)',
        number: 1,
        service: 'Nuage Souverain IaaS (fiktiv)',
      },
    ]);
    expect(JSON.parse(options[0]!.offer).price).toEqual({ kind: 'totalPrice', amount: 1580000 });
  });

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

  it('holds the assistant at work: the lead’s questions on the concluded review answered, and a tender begun by another officer', async () => {
    expect(first.parts.find((part) => part.part === 'conversations')).toEqual({
      part: 'conversations',
      objects: [{ kind: 'conversation', created: 2, present: 0 }],
    });
    const conversations = await database.db
      .selectFrom('conversation')
      .innerJoin('app_user', 'app_user.id', 'conversation.user_id')
      .leftJoin('options_review', 'options_review.id', 'conversation.options_review_id')
      .leftJoin('tender', 'tender.id', 'conversation.tender_id')
      .select([
        'conversation.id',
        'conversation.path',
        'conversation.status',
        'conversation.state',
        'app_user.email',
        'options_review.status as reviewStatus',
        'tender.title as tenderTitle',
        'tender.state as tenderState',
        'tender.lead_user_id as tenderLead',
        'tender.estimated_value as estimatedValue',
        'conversation.user_id',
      ])
      .orderBy('conversation.path')
      .execute();
    expect(conversations).toHaveLength(2);
    const [results, tender] = conversations;
    expect(results).toMatchObject({
      path: 'results',
      status: 'open',
      email: 'erika.mustermann@musterland.example',
      reviewStatus: 'concluded',
    });
    const turns = await database.db
      .selectFrom('conversation_turn')
      .select(['speaker', 'content'])
      .where('conversation_id', '=', results!.id)
      .orderBy('number')
      .execute();
    const answers = turns
      .filter((turn) => turn.speaker === 'assistant')
      .map((turn) => JSON.parse(turn.content) as { kind: string; figures?: unknown[] })
      .slice(-3);
    expect(answers.map((answer) => answer.kind)).toEqual(['answer', 'answer', 'answer']);
    for (const answer of answers) expect(answer.figures?.length).toBeGreaterThan(0);

    expect(tender).toMatchObject({
      path: 'tender',
      status: 'open',
      email: 'max.mustermann@musterland.example',
      tenderState: 'draft',
      tenderLead: tender!.user_id,
    });
    expect(tender!.tenderTitle).toContain('Kollaborationsplattform');
    expect(tender!.estimatedValue).toContain('1200000');
    expect(JSON.parse(tender!.state)).toMatchObject({ stepId: 'inHouse' });
  });

  it('has a tender in the vault awaiting its opening: sealed bids, one late, openable with the officers’ passwords', async () => {
    const tender = await database.db
      .selectFrom('tender')
      .selectAll()
      .where('reference', '=', 'LVM-VG-2026-027')
      .executeTakeFirstOrThrow();
    expect(tender).toMatchObject({ bid_intake: 'vault', state: 'published' });
    expect(tender.submission_deadline!.getTime()).toBeLessThan((await clock.now()).getTime());
    const submissions = await database.db
      .selectFrom('bid_submission')
      .innerJoin('bid', 'bid.id', 'bid_submission.bid_id')
      .select([
        'bid_submission.late',
        'bid_submission.sealed_ciphertext',
        'bid_submission.received_at',
      ])
      .where('bid.tender_id', '=', tender.id)
      .execute();
    expect(submissions.map((s) => s.late).sort()).toEqual([false, false, true]);
    for (const submission of submissions) {
      expect(Buffer.from(submission.sealed_ciphertext).includes('Musterland')).toBe(false);
    }
    const shares = await database.db
      .selectFrom('tender_key_share')
      .select(['holder_user_id', 'kind'])
      .where('tender_id', '=', tender.id)
      .execute();
    // Three opening officers and three deputies; the two officers also hold the break-glass.
    expect(shares.filter((share) => share.kind === 'opening')).toHaveLength(6);
    expect(shares.filter((share) => share.kind === 'breakGlass')).toHaveLength(2);
    // The opening officer Max Mustermann's passphrase is his password in the credentials.
    const officer = first.signIns!.find((signIn) => signIn.displayName === 'Max Mustermann')!;
    const key = await database.db
      .selectFrom('tender_opening_key')
      .innerJoin('app_user', 'app_user.id', 'tender_opening_key.user_id')
      .select('tender_opening_key.locked_private_key')
      .where('tender_opening_key.tender_id', '=', tender.id)
      .where('app_user.email', '=', officer.email)
      .executeTakeFirstOrThrow();
    const personal = await unlockHolderKey(
      parseLockedKey(key.locked_private_key),
      officer.password,
    );
    expect(personal.byteLength).toBe(32);
  });

  it('has a tender whose bids were opened on the platform and imported with its opening record', async () => {
    const tender = await database.db
      .selectFrom('tender')
      .selectAll()
      .where('reference', '=', 'LVM-VG-2026-019')
      .executeTakeFirstOrThrow();
    expect(tender).toMatchObject({ bid_intake: 'platform', state: 'opened' });
    const imports = await database.db
      .selectFrom('bid_import')
      .selectAll()
      .where('tender_id', '=', tender.id)
      .execute();
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ format: 'json', bid_count: 2 });
    const opened = await database.db
      .selectFrom('bid_opened_content')
      .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
      .select(['bid_opened_content.late', 'bid_opened_content.content'])
      .where('bid.tender_id', '=', tender.id)
      .execute();
    expect(opened.map((row) => row.late).sort()).toEqual([false, true]);
    expect(opened.some((row) => row.content.includes('Offene Arbeitsplatz-Dienste eG'))).toBe(true);
  });

  it('changes nothing when loaded again, and has no sign-ins to show', async () => {
    const before = await rowCounts();
    const again = await load(true);
    expect(again.changed).toBe(false);
    expect(again.parts.find((part) => part.part === 'optionsReviews')).toEqual({
      part: 'optionsReviews',
      objects: [{ kind: 'options_review', created: 0, present: 2 }],
    });
    expect(again.parts.find((part) => part.part === 'tenders')).toEqual({
      part: 'tenders',
      objects: [{ kind: 'tender', created: 0, present: 2 }],
    });
    expect(again.parts.find((part) => part.part === 'conversations')).toEqual({
      part: 'conversations',
      objects: [{ kind: 'conversation', created: 0, present: 2 }],
    });
    expect(again.signIns).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
