import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { createApp, type AppDeps } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { createLogger } from '../../../src/logger.ts';
import { seedOrganisation, seedUser } from '../../services/accounts/fixtures.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';

/**
 * Disabling and enabling users and organisations, and administrators revoking API keys, through
 * the API: what a browser or script sees.
 */
describeDatabase('account status routes', (backend) => {
  let database: TestDatabase;
  let db: Kysely<DB>;
  let app: ReturnType<typeof createApp>;
  let cookieName: string;
  const clock = fixedClock();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    const config = loadConfig({});
    const deps: AppDeps = { db, clock, config, logger: createLogger('silent'), backend };
    app = createApp(deps);
    cookieName = sessionCookieName(config);
    // Another administrator elsewhere, so no test meets the last-administrator rule by accident.
    await seedUser(db, 'admin');
  });
  afterAll(() => database.close());

  async function signIn(role: Role, organisationId?: string) {
    const user = await seedUser(db, role, organisationId);
    const mfaVerified = role === 'admin' || role === 'officer';
    const { token } = await createSession(db, clock, { userId: user.id, mfaVerified });
    return { user, headers: { cookie: `${cookieName}=${token}` } };
  }

  function call(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    return Promise.resolve(
      app.request(path, {
        method,
        headers: {
          'sec-fetch-site': 'same-origin',
          ...headers,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );
  }

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function vendorKey(vendor: { headers: Record<string, string> }) {
    const created = await call('POST', '/api/v1/api-keys', vendor.headers, {
      name: 'ERP',
      scopes: ['tenders:read'],
      expiresAt: '2026-06-01T00:00:00Z',
    });
    expect(created.status).toBe(201);
    return (await created.json()) as { key: { id: string }; token: string };
  }

  it('refuses to let administrators disable their own account, with a problem that says so', async () => {
    const admin = await signIn('admin');
    const refused = await call('POST', `/api/v1/users/${admin.user.id}/disable`, admin.headers);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({
      status: 409,
      detail: 'You cannot disable your own account. Ask another administrator to do it.',
    });
    expect((await call('GET', '/api/v1/organisations', admin.headers)).status).toBe(200);
  });

  it('enables a disabled user again; only administrators may', async () => {
    const admin = await signIn('admin');
    const officer = await signIn('officer', admin.user.organisation_id);
    const reviewer = await signIn('reviewer', admin.user.organisation_id);
    expect(
      (await call('POST', `/api/v1/users/${reviewer.user.id}/disable`, admin.headers)).status,
    ).toBe(200);
    const byOfficer = await call(
      'POST',
      `/api/v1/users/${reviewer.user.id}/enable`,
      officer.headers,
    );
    expect(byOfficer.status).toBe(403);

    const enabled = await call('POST', `/api/v1/users/${reviewer.user.id}/enable`, admin.headers);
    expect(enabled.status).toBe(200);
    expect(enabled.headers.get('cache-control')).toBe('no-store');
    expect(await enabled.json()).toMatchObject({ id: reviewer.user.id, disabledAt: null });
    // The session disabling ended stays ended; a new one works.
    expect((await call('GET', '/api/v1/account', reviewer.headers)).status).toBe(401);
    const again = await createSession(db, clock, { userId: reviewer.user.id, mfaVerified: false });
    expect(
      (await call('GET', '/api/v1/account', { cookie: `${cookieName}=${again.token}` })).status,
    ).toBe(200);
  });

  it('stops the keys of a disabled vendor user', async () => {
    const admin = await signIn('admin');
    const vendor = await signIn('vendor');
    const { token } = await vendorKey(vendor);
    expect((await call('GET', '/api/health', bearer(token))).status).toBe(200);
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(403);
    expect(
      (await call('POST', `/api/v1/users/${vendor.user.id}/disable`, admin.headers)).status,
    ).toBe(200);
    // The key is no credential any more: a protected operation says 401, not 403.
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(401);
  });

  it('lets an administrator list a vendor’s keys and revoke one; other vendors still cannot', async () => {
    const admin = await signIn('admin');
    const vendor = await signIn('vendor');
    const other = await signIn('vendor');
    const { key, token } = await vendorKey(vendor);
    const organisationId = vendor.user.organisation_id;

    const listed = await call(
      'GET',
      `/api/v1/organisations/${organisationId}/api-keys`,
      admin.headers,
    );
    expect(listed.status).toBe(200);
    const text = await listed.text();
    expect(text).not.toContain(token.split('.')[1]);
    expect((JSON.parse(text) as { keys: { id: string }[] }).keys.map(({ id }) => id)).toEqual([
      key.id,
    ]);
    expect(
      (await call('GET', `/api/v1/organisations/${organisationId}/api-keys`, vendor.headers))
        .status,
    ).toBe(403);

    expect((await call('DELETE', `/api/v1/api-keys/${key.id}`, other.headers)).status).toBe(404);
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(403);
    expect((await call('DELETE', `/api/v1/api-keys/${key.id}`, admin.headers)).status).toBe(204);
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(401);
    const after = (await (
      await call('GET', `/api/v1/organisations/${organisationId}/api-keys`, admin.headers)
    ).json()) as { keys: { revokedAt: string | null }[] };
    expect(after.keys[0]!.revokedAt).not.toBeNull();

    const authority = await seedOrganisation(db, 'authority');
    const none = await call('GET', `/api/v1/organisations/${authority.id}/api-keys`, admin.headers);
    expect(await none.json()).toEqual({ keys: [] });
  });

  it('disables a whole organisation at once and enables it again', async () => {
    const admin = await signIn('admin');
    const vendor = await signIn('vendor');
    const colleague = await signIn('vendor', vendor.user.organisation_id);
    const { token } = await vendorKey(vendor);
    const path = `/api/v1/organisations/${vendor.user.organisation_id}`;

    expect((await call('POST', `${path}/disable`, vendor.headers)).status).toBe(403);
    const disabled = await call('POST', `${path}/disable`, admin.headers);
    expect(disabled.status).toBe(200);
    expect(disabled.headers.get('cache-control')).toBe('no-store');
    const change = (await disabled.json()) as {
      organisation: { disabledAt: string | null };
      endedSessions: number;
      revokedApiKeys: number;
    };
    expect(change).toMatchObject({ endedSessions: 2, revokedApiKeys: 1 });
    expect(change.organisation.disabledAt).not.toBeNull();
    for (const headers of [vendor.headers, colleague.headers, bearer(token)]) {
      expect((await call('GET', '/api/v1/api-keys', headers)).status).toBe(401);
    }

    const enabled = await call('POST', `${path}/enable`, admin.headers);
    expect(enabled.status).toBe(200);
    expect(await enabled.json()).toMatchObject({ disabledAt: null });
    const again = await createSession(db, clock, { userId: vendor.user.id, mfaVerified: false });
    expect(
      (await call('GET', '/api/v1/api-keys', { cookie: `${cookieName}=${again.token}` })).status,
    ).toBe(200);
    expect((await call('GET', '/api/v1/api-keys', bearer(token))).status).toBe(401);
  });

  it('refuses to disable the administrator’s own organisation, and answers 404 for a missing one', async () => {
    const admin = await signIn('admin');
    const own = await call(
      'POST',
      `/api/v1/organisations/${admin.user.organisation_id}/disable`,
      admin.headers,
    );
    expect(own.status).toBe(409);
    expect(((await own.json()) as { detail: string }).detail).toMatch(/your own organisation/);
    const missing = await call(
      'POST',
      '/api/v1/organisations/4f0c7a10-9d2b-4c5e-8f1a-2b3c4d5e6f70/disable',
      admin.headers,
    );
    expect(missing.status).toBe(404);
  });
});
