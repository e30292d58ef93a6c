import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DemoDataLoadResponse, DemoDataStatusResponse, problemTypeUri } from '@tenderwise/schema';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { Role } from '../../../src/db/tables/accounts.ts';
import type { DB } from '../../../src/db/types.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createLogger } from '../../../src/logger.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { credentialsFileName } from '../../../src/services/demo/credentials-file.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import { seedOrganisation, seedUser } from '../../services/accounts/fixtures.ts';

// The demo operations as a client sees them: what they answer, the demo flag on organisations,
// and the refusals as problem+json. What loading does in detail is the loader's tests' part
// (test/services/demo/).
describeDatabase('the demo data operations', (backend) => {
  let database: TestDatabase;
  let db: Kysely<DB>;
  let dataDir: string;
  const clock = fixedClock('2026-12-03T09:00:00.000Z');

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    db = database.db;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-demo-routes-'));
  });
  afterAll(async () => {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The app as a server with this environment would serve it. */
  function appWith(env: Record<string, string> = {}) {
    const config = loadConfig({ DATA_DIR: dataDir, ...env });
    const app = createApp({
      db,
      clock,
      config,
      logger: createLogger('silent'),
      backend,
      passwordHashing: testPasswordHashing,
    });
    return {
      async signIn(role: Role, organisationId?: string) {
        const user = await seedUser(db, role, organisationId);
        const mfaVerified = role === 'admin' || role === 'officer';
        const { token } = await createSession(db, clock, { userId: user.id, mfaVerified });
        return { user, token };
      },
      request(method: 'GET' | 'POST', pathname: string, sessionToken: string) {
        return Promise.resolve(
          app.request(pathname, {
            method,
            headers: {
              // The cookie's name follows the origin (a secure one has the __Host- prefix).
              cookie: `${sessionCookieName(config)}=${sessionToken}`,
              // What a browser sends with a request from our own pages.
              'sec-fetch-site': 'same-origin',
            },
          }),
        );
      },
    };
  }

  let admin: { user: { id: string; organisation_id: string }; token: string };

  it('tells an administrator of a new installation that it takes the demo', async () => {
    const local = appWith();
    admin = await local.signIn('admin');
    const response = await local.request('GET', '/api/v1/demo-data', admin.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(DemoDataStatusResponse.parse(await response.json())).toEqual({
      eligible: true,
      refusals: [],
      loaded: false,
      credentialsFile: null,
    });
  });

  it('says why a server others can reach does not take it, and refuses with a problem', async () => {
    const reachableFromElsewhere: Record<string, string>[] = [
      { HOST: '0.0.0.0' },
      { PUBLIC_ORIGIN: 'https://tenderwise.example.org' },
    ];
    for (const env of reachableFromElsewhere) {
      const reachable = appWith(env);
      const status = await reachable.request('GET', '/api/v1/demo-data', admin.token);
      expect(await status.json()).toMatchObject({ eligible: false, refusals: ['not-loopback'] });
      const refused = await reachable.request('POST', '/api/v1/demo-data', admin.token);
      expect(refused.status).toBe(409);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await refused.json()).toMatchObject({
        type: problemTypeUri('conflict'),
        status: 409,
        detail: expect.stringMatching(/can be reached from other machines/),
        instance: '/api/v1/demo-data',
      });
    }
  });

  it('loads it for an administrator, marks its organisations and sends no credential unless asked', async () => {
    const local = appWith();
    const response = await local.request('POST', '/api/v1/demo-data', admin.token);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toMatch(/password|otpauth|secret/i);
    expect(DemoDataLoadResponse.parse(JSON.parse(text))).toEqual({
      changed: true,
      catalogueChanged: true,
      parts: [
        {
          part: 'accounts',
          objects: [
            { kind: 'organisation', created: 7, present: 0 },
            { kind: 'user', created: 16, present: 0 },
          ],
        },
        { part: 'registry', objects: [{ kind: 'vendor_service', created: 3, present: 0 }] },
        { part: 'optionsReviews', objects: [{ kind: 'options_review', created: 2, present: 0 }] },
        { part: 'tenders', objects: [{ kind: 'tender', created: 2, present: 0 }] },
        {
          part: 'conversations',
          objects: [{ kind: 'conversation', created: 2, present: 0 }],
        },
        {
          part: 'bids',
          objects: [
            { kind: 'vault_tender', created: 1, present: 0 },
            { kind: 'imported_tender', created: 2, present: 0 },
            { kind: 'bid', created: 5, present: 0 },
          ],
        },
        { part: 'evaluation', objects: [{ kind: 'evaluated_tender', created: 1, present: 0 }] },
      ],
      newSignIns: 16,
      credentialsFile: path.join(dataDir, credentialsFileName),
    });

    const listed = await local.request('GET', '/api/v1/organisations', admin.token);
    const { organisations } = (await listed.json()) as {
      organisations: { id: string; name: string; demo: boolean }[];
    };
    const demo = organisations.filter((organisation) => organisation.demo);
    expect(demo).toHaveLength(7);
    for (const organisation of demo) expect(organisation.name).toMatch(/\(fiktiv\)$/);
    expect(organisations.find((o) => o.id === admin.user.organisation_id)?.demo).toBe(false);

    // Asked for the sign-ins, a load that creates nobody has none to show.
    const again = await local.request('POST', '/api/v1/demo-data?include=signIns', admin.token);
    expect(again.status).toBe(200);
    expect(again.headers.get('cache-control')).toBe('no-store');
    expect(await again.json()).toMatchObject({ changed: false, newSignIns: 0, signIns: [] });
    const unknown = await local.request('POST', '/api/v1/demo-data?include=secrets', admin.token);
    expect(unknown.status).toBe(422);
    // The options reviews are made by their verbs, one call per score: seconds on a busy machine.
  }, 90_000);

  it('refuses officers, and then an installation with real data', async () => {
    const local = appWith();
    const officer = await local.signIn('officer', admin.user.organisation_id);
    for (const method of ['GET', 'POST'] as const) {
      const refused = await local.request(method, '/api/v1/demo-data', officer.token);
      expect(refused.status, method).toBe(403);
    }
    // The officer beside the administrator is real data already; so is a vendor's organisation.
    await seedOrganisation(db, 'vendor');
    const status = await local.request('GET', '/api/v1/demo-data', admin.token);
    expect(await status.json()).toEqual({
      eligible: false,
      refusals: ['real-data'],
      loaded: true,
      credentialsFile: path.join(dataDir, credentialsFileName),
    });
    const refused = await local.request('POST', '/api/v1/demo-data', admin.token);
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      type: problemTypeUri('conflict'),
      detail: expect.stringMatching(/holds real data/),
    });
  });
});
