import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readDemo, readSeed } from '@tenderwise/seed';
import type { DemoBundle, SeedBundle } from '@tenderwise/schema';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixedClock } from '../../../src/clock.ts';
import { canonicalHash } from '../../../src/engine/canonical/canonical-json.ts';
import { verifyAuditChain } from '../../../src/security/audit/verify.ts';
import { defaultServiceSettings } from '../../../src/services/context.ts';
import { credentialsFileName } from '../../../src/services/demo/credentials-file.ts';
import { loadDemoData } from '../../../src/services/demo/load-demo-data.ts';
import { createAdministrator } from '../../../src/services/users/create-administrator.ts';
import { describeDatabase, openTestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import {
  operatorPrincipal,
  serviceContextFor,
  userPrincipal,
} from '../../harness/service-context.ts';

describeDatabase('the demo’s options reviews', (backend) => {
  let catalogue: SeedBundle;
  let demo: DemoBundle;
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  let dataDir: string;
  const clock = fixedClock('2026-12-03T09:00:00.000Z');

  const ctx = (principal: Parameters<typeof serviceContextFor>[2]) =>
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

  it('changes nothing when loaded again, and has no sign-ins to show', async () => {
    const before = await rowCounts();
    const again = await load(true);
    expect(again.changed).toBe(false);
    expect(again.parts.find((part) => part.part === 'optionsReviews')).toEqual({
      part: 'optionsReviews',
      objects: [{ kind: 'options_review', created: 0, present: 2 }],
    });
    expect(again.signIns).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
