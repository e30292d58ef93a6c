import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { seedPublishedService } from '../../fixtures/registry-data.ts';
import { c5Type2, completeContent, germanVendor } from '../../fixtures/self-assessments.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedOrganisation } from '../../services/accounts/fixtures.ts';
import { tinyPdf } from '../../services/evidence/registry-rows.ts';
import { reviewsApp, type Caller } from '../options-reviews/app.ts';

describeDatabase('the registry for authorities', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;
  let officer: Caller;
  let reviewer: Caller;
  let otherOfficer: Caller;
  let vendor: Caller;
  let vendorId: string;

  async function call(caller: Caller, method: string, path: string, body?: unknown) {
    const response = await api.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...caller.headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    await catalogueLoaded(database.db, api.clock);
    const authority = await api.authority();
    officer = authority.officer;
    reviewer = authority.reviewer;
    otherOfficer = (await api.authority()).lead;
    vendorId = (await seedOrganisation(database.db, 'vendor')).id;
    vendor = await api.signIn('vendor', vendorId);
  });
  afterAll(() => database.close());

  describe('search', () => {
    it('finds by criteria over the latest published versions, never drafts', async () => {
      const marker = `Suche ${backend}`;
      const fits = await seedPublishedService(database.db, {
        organisationId: vendorId,
        name: `${marker} passt`,
        withDraft: true,
      });
      await seedPublishedService(database.db, {
        organisationId: vendorId,
        name: `${marker} alter Bericht`,
        content: completeContent({ attestations: [c5Type2('2025-12-15')] }),
      });
      await seedPublishedService(database.db, {
        organisationId: vendorId,
        name: `${marker} Anbieterschlüssel`,
        content: completeContent({ keyManagement: { control: 'provider' } }),
      });
      const query =
        `q=${encodeURIComponent(marker)}&attestation=bsi-c5:type2&validOn=2027-01-15` +
        '&keyControl=externalKeyManagement,clientSideEncryption&dataIn=eea';
      const found = await call(reviewer, 'GET', `/registry/services?${query}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual({
        items: [
          {
            serviceId: fits.serviceId,
            vendorOrganisationId: vendorId,
            vendorName: 'Nordwolke GmbH (fiktiv)',
            serviceName: `${marker} passt`,
            summary: 'IaaS, Region DE',
            versionId: fits.published.id,
            versionNumber: 1,
            publishedAt: '2026-07-01T10:00:00.000Z',
            validAttestations: ['bsi-c5:type2'],
            keyControl: 'externalKeyManagement',
            seal: { 'sov-3': 3 },
          },
        ],
        nextCursor: null,
        validOn: '2027-01-15',
      });
      // The draft (version 2) has provider keys: had it been searched, "provider" would find it.
      const provider = await call(
        officer,
        'GET',
        `/registry/services?q=${encodeURIComponent(marker)}&keyControl=provider`,
      );
      expect(provider.body.items.map((item: { serviceName: string }) => item.serviceName)).toEqual([
        `${marker} Anbieterschlüssel`,
      ]);
    });

    it('judges validity on today by the clock when no date is given, and pages', async () => {
      const marker = `Seiten ${backend}`;
      for (const name of ['a', 'b', 'c']) {
        await seedPublishedService(database.db, {
          organisationId: vendorId,
          name: `${marker} ${name}`,
        });
      }
      const first = await call(
        officer,
        'GET',
        `/registry/services?q=${encodeURIComponent(marker)}&limit=2`,
      );
      // The fixed clock's day, 2026-01-15, lies before the report of 2026-06-30.
      expect(first.body.validOn).toBe('2026-01-15');
      expect(
        first.body.items.map((item: { validAttestations: string[] }) => item.validAttestations),
      ).toEqual([[], []]);
      const second = await call(
        officer,
        'GET',
        `/registry/services?q=${encodeURIComponent(marker)}&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(
        [...first.body.items, ...second.body.items].map(
          (item: { serviceName: string }) => item.serviceName,
        ),
      ).toEqual([`${marker} a`, `${marker} b`, `${marker} c`]);
      expect(second.body.nextCursor).toBeNull();
    });

    it('is for authorities only', async () => {
      expect((await call(vendor, 'GET', '/registry/services')).status).toBe(403);
      const bad = await call(officer, 'GET', '/registry/services?sealAtLeast=sov-9:1');
      expect(bad.status).toBe(422);
    });
  });

  describe('a service and its versions', () => {
    it('shows published versions only; a draft is not found', async () => {
      const seeded = await seedPublishedService(database.db, {
        organisationId: vendorId,
        name: `Versionen ${backend}`,
        withDraft: true,
      });
      const service = await call(reviewer, 'GET', `/registry/services/${seeded.serviceId}`);
      expect(service.status).toBe(200);
      expect(service.body).toMatchObject({
        id: seeded.serviceId,
        vendorName: 'Nordwolke GmbH (fiktiv)',
        versions: [{ id: seeded.published.id, number: 1, publishedAt: '2026-07-01T10:00:00.000Z' }],
      });
      const draft = await call(officer, 'GET', `/registry/services/${seeded.serviceId}/versions/2`);
      expect(draft.status).toBe(404);
      const compared = await call(
        officer,
        'GET',
        `/registry/services/${seeded.serviceId}/compare?from=1&to=2`,
      );
      expect(compared.status).toBe(422);
      expect(compared.body.errors).toEqual([
        expect.objectContaining({ in: 'query', pointer: '/to' }),
      ]);
      const unpublished = await seedServiceWithoutPublished();
      expect((await call(officer, 'GET', `/registry/services/${unpublished}`)).status).toBe(404);
    });

    it('judges attestations on the date asked for', async () => {
      const seeded = await seedPublishedService(database.db, { organisationId: vendorId });
      const path = `/registry/services/${seeded.serviceId}/versions/1`;
      const current = await call(officer, 'GET', `${path}?validOn=2027-01-15`);
      expect(current.status).toBe(200);
      expect(current.body).toMatchObject({
        status: 'published',
        contentSha256: seeded.published.contentSha256,
        vendor: germanVendor(),
        validity: [
          {
            attestationId: 'c5',
            on: '2027-01-15',
            status: 'valid',
            validFrom: '2026-06-30',
            validUntil: '2027-06-30',
            rule: 'periodEnd',
          },
        ],
      });
      const later = await call(officer, 'GET', `${path}?validOn=2027-07-01`);
      expect(later.body.validity[0].status).toBe('expired');
    });

    it('says which cited evidence the caller may download, as the vendor grants and revokes', async () => {
      const upload = async (serviceId: string, title: string, confidential: boolean) => {
        const query = `title=${encodeURIComponent(title)}&confidential=${confidential}`;
        const response = await api.app.request(
          `/api/v1/vendor-services/${serviceId}/evidence?${query}`,
          {
            method: 'POST',
            headers: {
              ...vendor.headers,
              'sec-fetch-site': 'same-origin',
              'content-type': 'application/pdf',
            },
            body: tinyPdf,
          },
        );
        expect(response.status).toBe(201);
        return ((await response.json()) as { id: string; sha256: string }).id;
      };
      const ids = { report: '', certificate: '' };
      const seeded = await seedPublishedService(database.db, {
        organisationId: vendorId,
        content: async (serviceId) => {
          ids.report = await upload(serviceId, 'C5 Typ 2 Bericht 2026', true);
          ids.certificate = await upload(serviceId, 'ISO-27001-Zertifikat', false);
          return completeContent({
            attestations: [
              c5Type2('2026-06-30', { evidence: { kind: 'document', documentId: ids.report } }),
              c5Type2('2025-06-30', {
                id: 'iso',
                evidence: { kind: 'document', documentId: ids.certificate },
              }),
            ],
          });
        },
      });
      const path = `/registry/services/${seeded.serviceId}/versions/1`;
      const documents = async () => (await call(officer, 'GET', path)).body.documents;
      const hash = createHash('sha256').update(tinyPdf).digest('hex');

      expect(await documents()).toEqual([
        {
          id: ids.report,
          title: null,
          mediaType: null,
          byteSize: null,
          sha256: hash,
          confidential: true,
          readable: false,
        },
        {
          id: ids.certificate,
          title: 'ISO-27001-Zertifikat',
          mediaType: 'application/pdf',
          byteSize: tinyPdf.length,
          sha256: hash,
          confidential: false,
          readable: true,
        },
      ]);

      const grants = `/vendor-services/${seeded.serviceId}/evidence-grants`;
      const grant = await call(vendor, 'POST', grants, { authorityId: officer.organisationId });
      expect(grant.status).toBe(201);
      expect((await documents())[0]).toMatchObject({
        title: 'C5 Typ 2 Bericht 2026',
        readable: true,
      });
      // What the version says is readable, the download serves.
      const download = async (caller: Caller) =>
        (
          await api.app.request(
            `/api/v1/registry/services/${seeded.serviceId}/evidence/${ids.report}`,
            { headers: { ...caller.headers, 'sec-fetch-site': 'same-origin' } },
          )
        ).status;
      expect(await download(reviewer)).toBe(200);
      expect((await call(otherOfficer, 'GET', path)).body.documents[0].readable).toBe(false);

      const revoked = await call(vendor, 'DELETE', `${grants}/${grant.body.id}`);
      expect(revoked.status).toBe(200);
      expect((await documents())[0]).toMatchObject({ title: null, readable: false });
      expect(await download(reviewer)).toBe(404);
    });

    it('compares two published versions by JSON pointer', async () => {
      const seeded = await seedPublishedService(database.db, { organisationId: vendorId });
      const same = await call(
        officer,
        'GET',
        `/registry/services/${seeded.serviceId}/compare?from=1&to=1`,
      );
      expect(same.body).toEqual({ serviceId: seeded.serviceId, from: 1, to: 1, differences: [] });
    });
  });

  describe('legal exposure', () => {
    it('finds a German subsidiary of a US group within reach of the CLOUD Act', async () => {
      const seeded = await seedPublishedService(database.db, {
        organisationId: vendorId,
        vendor: germanVendor({
          legalName: 'Wolke Deutschland GmbH (fiktiv)',
          ownerChain: [{ name: 'Cloud Inc. (fiktiv)', country: 'US', controls: true }],
        }),
      });
      const answer = await call(
        reviewer,
        'GET',
        `/registry/services/${seeded.serviceId}/versions/1/legal-exposure`,
      );
      expect(answer.status).toBe(200);
      expect(answer.body.input).toMatchObject({
        providerCountry: 'DE',
        controllingCompanyCountries: ['US'],
        dataLocations: ['DE'],
      });
      const cloudAct = answer.body.assessment.answers.find(
        (item: { ruleId: string }) => item.ruleId === 'exposure.us-cloud-act',
      );
      expect(cloudAct.finding).toBe('exposed');
    });
  });

  describe('verifications', () => {
    it('records a check for the authority alone, with an audit entry', async () => {
      const seeded = await seedPublishedService(database.db, { organisationId: vendorId });
      const path = `/registry/services/${seeded.serviceId}/versions/1/verifications`;
      const recorded = await call(officer, 'POST', path, {
        attestationId: 'c5',
        checkedOn: '2026-01-14',
        method: 'issuerRegister',
        result: 'confirmed',
        note: 'Im Register der Prüfgesellschaft gefunden.',
      });
      expect(recorded.status).toBe(201);
      expect(recorded.body).toMatchObject({
        versionId: seeded.published.id,
        versionNumber: 1,
        attestationId: 'c5',
        checkedOn: '2026-01-14',
        recordedBy: { id: officer.id, displayName: 'A officer' },
      });
      expect((await call(reviewer, 'GET', path)).body.items).toEqual([recorded.body]);
      expect((await call(otherOfficer, 'GET', path)).body.items).toEqual([]);
      const entry = await database.db
        .selectFrom('audit_entry')
        .select(['action', 'actor_id', 'outcome'])
        .where('object_id', '=', recorded.body.id)
        .execute();
      expect(entry).toEqual([
        { action: 'registry.verification.recorded', actor_id: officer.id, outcome: 'succeeded' },
      ]);
    });

    it('refuses an attestation the version lacks and a check in the future', async () => {
      const seeded = await seedPublishedService(database.db, { organisationId: vendorId });
      const refused = await call(
        officer,
        'POST',
        `/registry/services/${seeded.serviceId}/versions/1/verifications`,
        { attestationId: 'iso', checkedOn: '2026-01-16', method: 'report', result: 'confirmed' },
      );
      expect(refused.status).toBe(422);
      expect(refused.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
        '/attestationId',
        '/checkedOn',
      ]);
      const reviewerRecords = await call(
        reviewer,
        'POST',
        `/registry/services/${seeded.serviceId}/versions/1/verifications`,
        { attestationId: 'c5', checkedOn: '2026-01-14', method: 'report', result: 'confirmed' },
      );
      expect(reviewerRecords.status).toBe(403);
    });
  });

  async function seedServiceWithoutPublished(): Promise<string> {
    const row = await database.db
      .insertInto('vendor_service')
      .values({
        organisation_id: vendorId,
        name: `Nur Entwurf ${backend}`,
        summary: null,
        version: 1,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
});
