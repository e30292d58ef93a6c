import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { tinyPdf } from '../../services/evidence/registry-rows.ts';
import { reviewsApp } from '../options-reviews/app.ts';
import { reviewOnTemplate } from './review-on-template.ts';

type Headers = Record<string, string>;

/** The day D the authority judges on: the review's reference date and the search's date. */
const onD = '2026-06-01';

const profile = {
  legalName: 'Nordwolke GmbH (fiktiv)',
  registeredOffice: { city: 'Hamburg', country: 'DE' },
  ownerChain: [{ name: 'Nordwolke Holding SE (fiktiv)', country: 'DE', controls: true }],
  contacts: [{ name: 'Jana Beispiel', email: 'vergabe@nordwolke.example' }],
};

const answers = (documentId: string) => ({
  seal: { 'sov-3': { level: 3, justification: 'Schlüssel und Betrieb in der EU.' } },
  c3a: { 'c3a.sov-3-01-c1': { met: true, how: 'Daten nur in Rechenzentren in Hamburg.' } },
  locations: { data: ['DE'], processing: ['DE'], support: ['DE', 'AT'], administration: ['DE'] },
  keyManagement: { control: 'externalKeyManagement', description: 'HSM beim Kunden.' },
  legalExposure: {
    usJurisdiction: 'no',
    disconnectTested: true,
    russiaLinks: {
      establishedInRussia: false,
      russianOwnershipOver50Percent: false,
      actingForRussianEntity: false,
      russianSubcontractorsOver10Percent: false,
    },
  },
  attestations: [
    {
      id: 'c5-2025',
      scheme: 'bsi-c5',
      type: 'type2',
      entryId: 'assurance.c5-type-2',
      issuer: 'Prüfgesellschaft Beispiel (fiktiv)',
      scope: 'Nordwolke IaaS, Region DE',
      coversService: true,
      auditPeriod: { from: '2025-01-01', to: '2025-12-31' },
      reportDate: '2026-01-10',
      evidence: { kind: 'document', documentId },
    },
  ],
});

/**
 * The acceptance journey through the API alone: a vendor with an API key publishes a
 * self-assessment with evidence; an officer finds it by criteria and adds it to an options review,
 * whose option cites the published version and carries its answers.
 */
describeDatabase('the registry journey through the API', (backend) => {
  let database: TestDatabase;
  let api: ReturnType<typeof reviewsApp>;

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    api = reviewsApp(database.db);
    await catalogueLoaded(database.db, api.clock);
  });
  afterAll(() => database.close());

  async function call(headers: Headers, method: string, path: string, body?: unknown) {
    const response = await api.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...headers,
        // What a browser sends from our own pages; an API key's client sends no such header.
        ...(headers.cookie !== undefined && { 'sec-fetch-site': 'same-origin' }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? null : JSON.parse(text) };
  }

  it('goes from a vendor’s API key to a pre-filled option that cites the published version', async () => {
    // The vendor, through its API key only.
    const vendorUser = await seedUser(database.db, 'vendor');
    const created = await createApiKeyAs(database.db, api.clock, vendorUser, {
      name: 'Selbstauskunft',
      scopes: ['self-assessment:write'],
      expiresAt: new Date('2026-06-01T00:00:00Z'),
    });
    const key = { authorization: `Bearer ${created.token}` };
    expect((await call(key, 'PUT', '/vendor-profile', { profile })).status).toBe(201);
    const serviceName = `Nordwolke IaaS ${backend}`;
    const service = await call(key, 'POST', '/vendor-services', { name: serviceName });
    expect(service.status).toBe(201);
    const serviceId = service.body.id as string;
    expect((await call(key, 'POST', `/vendor-services/${serviceId}/versions`, {})).status).toBe(
      201,
    );
    const uploaded = await api.app.request(
      `/api/v1/vendor-services/${serviceId}/evidence?title=C5-Bericht%202025&confidential=true`,
      { method: 'POST', headers: { ...key, 'content-type': 'application/pdf' }, body: tinyPdf },
    );
    expect(uploaded.status).toBe(201);
    const documentId = ((await uploaded.json()) as { id: string }).id;
    const content = answers(documentId);
    const saved = await call(key, 'PUT', `/vendor-services/${serviceId}/versions/1`, {
      content,
      version: 1,
    });
    expect(saved.status).toBe(200);
    const published = await call(key, 'POST', `/vendor-services/${serviceId}/versions/1/publish`, {
      version: saved.body.version,
    });
    expect(published.status).toBe(200);
    const version = published.body;

    // The officer finds it: "C5 type 2 valid on D, keys with the customer, data in the EEA".
    const { lead, officer } = await api.authority();
    const query =
      `attestation=bsi-c5:type2&validOn=${onD}&keyControl=externalKeyManagement,` +
      `clientSideEncryption&dataIn=eea&q=${encodeURIComponent(serviceName)}`;
    const found = await call(officer.headers, 'GET', `/registry/services?${query}`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({
        serviceId,
        versionNumber: 1,
        vendorName: 'Nordwolke GmbH (fiktiv)',
        validAttestations: ['bsi-c5:type2'],
      }),
    ]);
    const read = await call(
      officer.headers,
      'GET',
      `/registry/services/${serviceId}/versions/1?validOn=${onD}`,
    );
    expect(read.body.content).toEqual(version.content);

    // … and adds it to an options review judged on D.
    const reviewId = await reviewOnTemplate(api, lead, [officer], onD);
    const option = await call(
      officer.headers,
      'POST',
      `/options-reviews/${reviewId}/options/from-registry`,
      { serviceId, versionNumber: 1 },
    );
    expect(option.status).toBe(201);
    expect(option.body.registrySource).toEqual({
      serviceId,
      versionId: version.id,
      versionNumber: 1,
      publishedAt: version.publishedAt,
      contentSha256: version.contentSha256,
    });
    expect(option.body.registrySource.contentSha256).toMatch(/^[0-9a-f]{64}$/);

    // The pre-filled evidence is the version's attestation, its dates as the registry judged them.
    const [validity] = read.body.validity;
    expect(validity).toMatchObject({ attestationId: 'c5-2025', status: 'valid' });
    const [attestation] = version.content.attestations;
    expect(option.body.offer.assessments['c5-attested']).toEqual({
      kind: 'attestation',
      evidence: [
        {
          scheme: attestation.scheme,
          type: attestation.type,
          coversOfferedService: attestation.coversService,
          validFrom: validity.validFrom,
          validUntil: validity.validUntil,
        },
      ],
    });
    // The answers in words are the version's answers, citing it.
    const words = option.body.offer.answers;
    expect(words['external-key-management']).toContain(version.content.keyManagement.description);
    expect(words['customer-data-eu']).toContain(version.content.c3a['c3a.sov-3-01-c1'].how);
    expect(words['administration-from-eu']).toContain('Support: DE, AT; Administration: DE.');
    expect(words['c5-type-2']).toContain(attestation.issuer);
    const publishedOn = version.publishedAt.slice(0, 10).split('-').reverse().join('.');
    for (const text of Object.values(words)) {
      expect(text).toContain(`(Selbstauskunft v1 vom ${publishedOn})`);
    }
  });
});
