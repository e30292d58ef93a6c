import type { Problem } from '@tenderwise/schema';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sessionCookieName } from '../../src/http/session-cookie.ts';
import { createSession } from '../../src/security/sessions/sessions.ts';
import { createApp } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { Role } from '../../src/db/tables/accounts.ts';
import type { DB } from '../../src/db/types.ts';
import { nulCharacterDetail } from '../../src/http/request-text.ts';
import { createLogger } from '../../src/logger.ts';
import { seedUser } from '../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';

/** Every table a refused request could have written to. */
const tables = [
  'organisation',
  'app_user',
  'invitation',
  'user_session',
  'api_key',
  'audit_entry',
  'rate_limit',
] as const;

describeDatabase('text the database cannot store, refused at the HTTP edge', (backend) => {
  let database: TestDatabase;
  let db: Kysely<DB>;
  let app: ReturnType<typeof createApp>;
  let admin: Record<string, string>;
  let vendor: Record<string, string>;
  let adminOrganisationId: string;
  const clock = fixedClock();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    const config = loadConfig({});
    app = createApp({ db, clock, config, logger: createLogger('silent'), backend });
    const signIn = async (role: Role) => {
      const user = await seedUser(db, role);
      const mfaVerified = role === 'admin';
      const { token } = await createSession(db, clock, { userId: user.id, mfaVerified });
      return { user, headers: { cookie: `${sessionCookieName(config)}=${token}` } };
    };
    const signedInAdmin = await signIn('admin');
    admin = signedInAdmin.headers;
    adminOrganisationId = signedInAdmin.user.organisation_id;
    vendor = (await signIn('vendor')).headers;
  });
  afterAll(() => database.close());

  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await sql<{ count: string | number }>`
        select count(*) as count from ${sql.table(table)}`.execute(db);
      counts[table] = Number(rows[0]!.count);
    }
    return counts;
  }

  /** Sends a JSON text as it is written, so it can hold what JSON.stringify would not produce. */
  function post(path: string, headers: Record<string, string>, text: string) {
    return app.request(path, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json', ...headers },
      body: text,
    });
  }

  async function expectRefusal(response: Response, status: number, pointers: string[]) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await response.json()) as Problem;
    expect(problem.errors?.map((error) => error.pointer)).toEqual(pointers);
    return problem;
  }

  const nul = '\\u0000';

  it('refuses U+0000 in a login e-mail with 422 naming the field, and stores nothing', async () => {
    const before = await rowCounts();
    const response = await post(
      '/api/v1/account/login',
      {},
      `{"email":"a${nul}@example.org","password":"correct horse battery staple"}`,
    );
    const problem = await expectRefusal(response, 422, ['/email']);
    expect(problem.errors).toEqual([{ in: 'body', pointer: '/email', detail: nulCharacterDetail }]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses U+0000 in organisation, user and API key names with 422, and stores nothing', async () => {
    const before = await rowCounts();
    await expectRefusal(
      await post('/api/v1/organisations', admin, `{"kind":"vendor","name":"Nord${nul}licht"}`),
      422,
      ['/name'],
    );
    await expectRefusal(
      await post(
        `/api/v1/organisations/${adminOrganisationId}/users`,
        admin,
        `{"email":"erika${nul}@example.org","displayName":"Erika ${nul}","role":"officer"}`,
      ),
      422,
      ['/email', '/displayName'],
    );
    await expectRefusal(
      await post(
        '/api/v1/api-keys',
        vendor,
        `{"name":"CI ${nul}","scopes":["tenders:read"],"expiresAt":"2026-03-01T00:00:00Z"}`,
      ),
      422,
      ['/name'],
    );
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses U+0000 in a path parameter with 422 naming it', async () => {
    const response = await app.request(`/api/v1/organisations/a%00b/users`, { headers: admin });
    const problem = await expectRefusal(response, 422, ['/organisationId', '/organisationId']);
    expect(problem.errors?.map((error) => error.in)).toEqual(['path', 'path']);
    expect(problem.errors?.[1]?.detail).toBe(nulCharacterDetail);
  });

  it('refuses an API key body that names its scopes twice with 400, and creates no key', async () => {
    const before = await rowCounts();
    const response = await post(
      '/api/v1/api-keys',
      vendor,
      '{"name":"CI","scopes":["tenders:read"],"expiresAt":"2026-03-01T00:00:00Z",' +
        '"scopes":["tenders:read","bids:submit"]}',
    );
    const problem = await expectRefusal(response, 400, ['/scopes']);
    expect(problem.type).toBe('/api/problems/malformed-request');
    expect(await rowCounts()).toEqual(before);
  });

  it('still creates a key from a body whose keys are all distinct', async () => {
    const response = await post(
      '/api/v1/api-keys',
      vendor,
      '{"name":"CI \\\\u0000 is only text here","scopes":["tenders:read"],"expiresAt":"2026-03-01T00:00:00Z"}',
    );
    expect(response.status).toBe(201);
    const { key } = (await response.json()) as { key: { name: string; scopes: string[] } };
    expect(key).toMatchObject({ name: 'CI \\u0000 is only text here', scopes: ['tenders:read'] });
  });
});
