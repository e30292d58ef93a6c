import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedPublishedService, type SeededService } from '../../fixtures/registry-data.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedOrganisation } from '../../services/accounts/fixtures.ts';
import { reviewsApp, type Caller } from '../options-reviews/app.ts';
import { reviewOnTemplate } from './review-on-template.ts';

describeDatabase('an option taken from the registry', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let lead: Caller;
  let officer: Caller;
  let reviewer: Caller;
  let seeded: SeededService;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    await catalogueLoaded(database.db, api.clock);
    ({ lead, officer, reviewer } = await api.authority());
    const vendorId = (await seedOrganisation(database.db, 'vendor')).id;
    seeded = await seedPublishedService(database.db, {
      organisationId: vendorId,
      name: `Souveräne Cloud ${backend}`,
      withDraft: true,
    });
  });
  afterAll(() => database.close());

  it('cites the version and is pre-filled against the scheme, judged on the reference date', async () => {
    const id = await reviewOnTemplate(api, lead, [officer, reviewer]);
    const created = await api.call(officer, 'POST', `/${id}/options/from-registry`, {
      serviceId: seeded.serviceId,
      versionNumber: 1,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: `Souveräne Cloud ${backend}`,
      vendorName: 'Nordwolke GmbH (fiktiv)',
      serviceName: `Souveräne Cloud ${backend}`,
      checkedAgainstSchemeVersion: 2,
      registrySource: {
        serviceId: seeded.serviceId,
        versionId: seeded.published.id,
        versionNumber: 1,
        publishedAt: '2026-07-01T10:00:00.000Z',
        contentSha256: seeded.published.contentSha256,
      },
    });
    expect(created.body.offer.assessments).toEqual({
      'c5-attested': {
        kind: 'attestation',
        evidence: [
          {
            scheme: 'bsi-c5',
            type: 'type2',
            coversOfferedService: true,
            validFrom: '2026-06-30',
            validUntil: '2027-06-30',
          },
        ],
      },
    });
    const { answers } = created.body.offer;
    expect(answers['external-key-management']).toContain(
      'Schlüsselverwaltung: beim Kunden (externes Schlüsselmanagement).',
    );
    expect(answers['customer-data-eu']).toContain('C3A SOV-3-01-C1: erfüllt.');
    expect(answers['administration-from-eu']).toContain('Administration: DE.');
    expect(answers['c5-type-2']).toContain('bsi-c5 type2; Prüfer: Prüfgesellschaft Beispiel');
    for (const answer of Object.values(answers)) {
      expect(answer).toMatch(/\(Selbstauskunft v1 vom 01\.07\.2026\)$/);
    }
    // The list shows the source too, and a reviewer reads it.
    const listed = await api.call(reviewer, 'GET', `/${id}/options`);
    expect(listed.body.options).toEqual([created.body]);
    const audit = await database.db
      .selectFrom('audit_entry')
      .select(['action', 'outcome'])
      .where('object_id', '=', created.body.id)
      .execute();
    expect(audit).toEqual([{ action: 'options_review.option.created', outcome: 'succeeded' }]);
  });

  it('refuses a draft, a missing service and a taken name; reviewers cannot add options', async () => {
    const id = await reviewOnTemplate(api, lead, [officer, reviewer]);
    const draft = await api.call(officer, 'POST', `/${id}/options/from-registry`, {
      serviceId: seeded.serviceId,
      versionNumber: 2,
    });
    expect(draft.status).toBe(422);
    expect(draft.body.errors).toEqual([expect.objectContaining({ pointer: '/versionNumber' })]);
    const missing = await api.call(officer, 'POST', `/${id}/options/from-registry`, {
      serviceId: '00000000-0000-4000-8000-000000000000',
      versionNumber: 1,
    });
    expect(missing.body.errors).toEqual([expect.objectContaining({ pointer: '/serviceId' })]);
    await api.call(officer, 'POST', `/${id}/options`, { name: 'Eigene Option' });
    const taken = await api.call(officer, 'POST', `/${id}/options/from-registry`, {
      serviceId: seeded.serviceId,
      versionNumber: 1,
      name: 'eigene option',
    });
    expect(taken.status).toBe(422);
    expect(taken.body.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    const byReviewer = await api.call(reviewer, 'POST', `/${id}/options/from-registry`, {
      serviceId: seeded.serviceId,
      versionNumber: 1,
    });
    expect(byReviewer.status).toBe(403);
  });
});
