import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { findVersionByNumber } from '../../../src/db/repositories/self-assessment-versions.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { createApiKeyAs } from '../../harness/service-context.ts';
import { catalogueLoaded } from '../../security/access/fixtures/catalogue.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { completeContent, exampleProfile } from '../../services/self-assessments/fixtures.ts';

type Headers = Record<string, string>;

describeDatabase('the vendor operations over HTTP', (backend) => {
  let database: TestDatabase;
  const clock = fixedClock();
  let app: ReturnType<typeof createApp>;
  const config = loadConfig({});

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    app = createApp({ db: database.db, clock, config, logger: createLogger('silent') });
    await catalogueLoaded(database.db, clock);
  });
  afterAll(() => database.close());

  async function call(headers: Headers, method: string, path: string, body?: unknown) {
    const response = await app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...headers,
        'sec-fetch-site': 'same-origin',
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text === '' ? null : (JSON.parse(text) as any),
    };
  }

  /** A vendor user signed in, and an API key of the vendor with `self-assessment:write`. */
  async function vendor(): Promise<{ user: Headers; key: Headers; organisationId: string }> {
    const user = await seedUser(database.db, 'vendor');
    const { token } = await createSession(database.db, clock, {
      userId: user.id,
      mfaVerified: false,
    });
    const created = await createApiKeyAs(database.db, clock, user, {
      name: 'ERP integration',
      scopes: ['self-assessment:write'],
      expiresAt: new Date('2026-06-01T00:00:00Z'),
    });
    return {
      user: { cookie: `${sessionCookieName(config)}=${token}` },
      key: { authorization: `Bearer ${created.token}` },
      organisationId: user.organisation_id,
    };
  }

  /** A service of the vendor with a draft (number 1, version 1); its id. */
  async function serviceWithDraft(headers: Headers): Promise<string> {
    const service = await call(headers, 'POST', '/vendor-services', {
      name: `Service ${crypto.randomUUID().slice(0, 8)}`,
    });
    expect(service.status).toBe(201);
    expect(
      (await call(headers, 'POST', `/vendor-services/${service.body.id}/versions`, {})).status,
    ).toBe(201);
    return service.body.id as string;
  }

  it('takes a vendor with an API key from profile to a published, exported version', async () => {
    const { key, organisationId } = await vendor();
    const account = await call(key, 'GET', '/account');
    expect(account.body).toMatchObject({
      kind: 'apiKey',
      organisation: { id: organisationId, kind: 'vendor' },
      scopes: ['self-assessment:write'],
    });

    expect((await call(key, 'PUT', '/vendor-profile', { profile: exampleProfile })).status).toBe(
      201,
    );
    const serviceId = await serviceWithDraft(key);
    const saved = await call(key, 'PUT', `/vendor-services/${serviceId}/versions/1`, {
      content: completeContent,
      version: 1,
    });
    expect(saved.status).toBe(200);
    const published = await call(key, 'POST', `/vendor-services/${serviceId}/versions/1/publish`, {
      version: 2,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', vendor: exampleProfile });

    const judged = await call(
      key,
      'GET',
      `/vendor-services/${serviceId}/versions/1?validOn=2026-07-01`,
    );
    expect(judged.body.validity).toEqual([
      expect.objectContaining({ attestationId: 'c5-2025', status: 'expired' }),
    ]);
    const again = await call(key, 'PUT', `/vendor-services/${serviceId}/versions/1`, {
      content: completeContent,
      version: 3,
    });
    expect(again.status).toBe(409);

    const exported = await app.request(`/api/v1/vendor-services/${serviceId}/versions/1/export`, {
      headers: key,
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(
      /^attachment; filename="self-assessment-service-[a-z0-9]+-v1\.json"$/,
    );
    expect(exported.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await exported.json()).toMatchObject({
      format: 'tenderwise.self-assessment',
      content: completeContent,
    });

    const warnings = await call(key, 'GET', '/vendor-services/attestation-warnings?withinDays=200');
    expect(warnings.body.items).toEqual([
      expect.objectContaining({ serviceId, attestationId: 'c5-2025', status: 'expiring' }),
    ]);
    expect(
      (await call(key, 'GET', '/vendor-services/attestation-warnings?withinDays=731')).status,
    ).toBe(422);
  });

  it('refuses to publish an incomplete draft with a pointer to each missing part', async () => {
    const { user } = await vendor();
    await call(user, 'PUT', '/vendor-profile', { profile: exampleProfile });
    const serviceId = await serviceWithDraft(user);
    const refused = await call(user, 'POST', `/vendor-services/${serviceId}/versions/1/publish`, {
      version: 1,
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/content/locations',
      '/content/keyManagement',
      '/content/legalExposure',
    ]);
  });

  it("answers 404 to vendor B on vendor A's service and draft", async () => {
    const a = await vendor();
    const b = await vendor();
    const serviceId = await serviceWithDraft(a.user);
    for (const [method, path, body] of [
      ['GET', `/vendor-services/${serviceId}`, undefined],
      ['GET', `/vendor-services/${serviceId}/versions`, undefined],
      ['GET', `/vendor-services/${serviceId}/versions/1`, undefined],
      ['GET', `/vendor-services/${serviceId}/versions/1/export`, undefined],
      ['PUT', `/vendor-services/${serviceId}/versions/1`, { content: {}, version: 1 }],
    ] as const) {
      expect((await call(b.user, method, path, body)).status, `${method} ${path}`).toBe(404);
      expect((await call(b.key, method, path, body)).status, `${method} ${path} (key)`).toBe(404);
    }
    expect((await call(a.user, 'GET', `/vendor-services/${serviceId}/versions/1`)).status).toBe(
      200,
    );
  });

  it('imports nothing from a file with one bad value deep inside, and names it', async () => {
    const { user } = await vendor();
    const serviceId = await serviceWithDraft(user);
    const before = await findVersionByNumber(database.db, serviceId, 1);
    const file = {
      format: 'tenderwise.self-assessment',
      formatVersion: 1,
      service: { name: 'From elsewhere' },
      content: {
        ...completeContent,
        attestations: [
          {
            ...completeContent.attestations[0]!,
            auditPeriod: { from: '2024-07-01', to: '30.06.2025' },
          },
        ],
      },
    };
    const refused = await call(user, 'POST', `/vendor-services/${serviceId}/import`, file);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ in: 'body', pointer: '/content/attestations/0/auditPeriod/to' }),
    ]);
    expect(await findVersionByNumber(database.db, serviceId, 1)).toEqual(before);

    const imported = await call(user, 'POST', `/vendor-services/${serviceId}/import`, {
      ...file,
      content: completeContent,
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ number: 1, version: 2, content: completeContent });
  });
});
