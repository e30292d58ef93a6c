import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { PolicyTable } from '../../../src/security/access/policy.ts';
import { principalOf } from '../../../src/http/authenticate.ts';
import { createApp } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { createRouter, defineRoute } from '../../../src/http/route.ts';
import { tokenIdLength, tokenSecretLength } from '../../../src/security/credentials/tokens.ts';
import { evaluateExample } from '@tenderwise/schema';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../../harness/database.ts';
import { captureLogs, createTestApp, jsonRequest } from '../../http/test-app.ts';
import { snapshotState } from './state-snapshot.ts';
import { createWorld, type World } from './world.ts';

const protectedPolicies: PolicyTable = {
  testOfficersOnly: {
    object: null,
    beforeMfa: false,
    grants: [{ to: 'officer', relation: 'public' }],
  },
  testKeysOnly: {
    object: null,
    beforeMfa: false,
    grants: [{ to: { apiKeyScope: 'tenders:read' }, relation: 'public' }],
  },
};

const Caller = z.object({ kind: z.string() });

/** Routes that need a caller, which the real API does not have yet. */
function protectedRouter() {
  const router = createRouter({ policies: protectedPolicies });
  for (const operationId of ['testOfficersOnly', 'testKeysOnly']) {
    router.openapi(
      defineRoute({
        method: 'post',
        path: `/${operationId}`,
        operationId,
        tags: ['system'],
        summary: 'Who am I',
        request: {
          body: { content: { 'application/json': { schema: z.strictObject({ n: z.int() }) } } },
        },
        responses: {
          200: { description: 'The caller', content: { 'application/json': { schema: Caller } } },
        },
      }),
      async (c) => c.json({ kind: (await principalOf(c)).kind }, 200),
    );
  }
  return router;
}

const evaluatePath = '/api/v1/analysis/evaluate';
const evaluateBody = JSON.stringify(evaluateExample.request);

describe('the route factory', () => {
  const route = (operationId: string) =>
    defineRoute({
      method: 'get',
      path: '/x',
      operationId,
      tags: ['system'],
      summary: 'X',
      responses: { 200: { description: 'ok' } },
    });

  it('refuses to register an operation without a row in the one policy table', () => {
    expect(() => createRouter().openapi(route('noRowYet'), (c) => c.body(null, 200))).toThrow(
      /no row in the policy table/,
    );
  });

  it('refuses a route that declares its own security', () => {
    const withSecurity = { ...route('testOfficersOnly'), security: [] };
    expect(() =>
      createRouter({ policies: protectedPolicies }).openapi(withSecurity, (c) => c.body(null, 200)),
    ).toThrow(/derived from the policy table/);
  });
});

describe('authentication without a database', () => {
  const app = createTestApp();

  it('serves public operations with a credential present, without looking it up', async () => {
    const response = await app.request(
      evaluatePath,
      jsonRequest(evaluateBody, { cookie: 'tw_session=abc.def' }),
    );
    expect(response.status).toBe(200);
  });

  it('serves public operations with a well-formed credential while the database is down', async () => {
    const token = `${'a'.repeat(tokenIdLength)}.${'b'.repeat(tokenSecretLength)}`;
    const credentials: Record<string, string>[] = [
      { cookie: `tw_session=${token}` },
      { authorization: `Bearer tw_${token}` },
    ];
    for (const headers of credentials) {
      const response = await app.request(evaluatePath, jsonRequest(evaluateBody, headers));
      expect(response.status, Object.keys(headers)[0]).toBe(200);
    }
  });

  it('refuses an API key in the query string with 400 and never logs it', async () => {
    const logs = captureLogs();
    const logged = createTestApp({ logger: logs.logger });
    const key = `tw_${'a'.repeat(24)}.${'s'.repeat(32)}`;
    const response = await logged.request(
      `${evaluatePath}?api_key=${key}`,
      jsonRequest(evaluateBody),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(logs.raw()).not.toContain(key);
    expect(logs.raw()).not.toContain('s'.repeat(32));
  });

  it('refuses a session cookie and an Authorization header together', async () => {
    const response = await app.request(
      evaluatePath,
      jsonRequest(evaluateBody, { cookie: 'tw_session=a.b', authorization: 'Bearer tw_x.y' }),
    );
    expect(response.status).toBe(400);
  });
});

describeDatabase('authentication and refusals', (backend) => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let world: World;
  const logs = captureLogs();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const config = loadConfig({});
    const clock = fixedClock();
    app = createApp({ db: database.db, clock, config, logger: logs.logger, backend });
    app.route('/api/test-access', protectedRouter());
    world = await createWorld(database.db, clock, config);
  });
  afterAll(() => database.close());

  const call = (operationId: string, headers: Record<string, string>, body = '{"n":1}') =>
    app.request(`/api/test-access/${operationId}`, jsonRequest(body, headers));
  const auditCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('audit_entry')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('resolves the session cookie and the bearer key into principals', async () => {
    const officer = await call('testOfficersOnly', world.byName('officer 1').headers);
    expect(officer.status).toBe(200);
    expect(await officer.json()).toEqual({ kind: 'user' });
    const key = await call('testKeysOnly', world.byName('vendor A (API key)').headers);
    expect(key.status).toBe(200);
    expect(await key.json()).toEqual({ kind: 'apiKey' });
  });

  it('says 401 before validating input, and records nothing for anonymous callers', async () => {
    const before = await auditCount();
    const response = await call('testOfficersOnly', {}, '{"unexpected":true}');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="Tenderwise API"');
    expect(await auditCount()).toBe(before);
  });

  it('treats an invalid or expired credential as none: 401, and the cookie is cleared', async () => {
    const cookie = await call('testOfficersOnly', { cookie: 'tw_session=abc.def' });
    expect(cookie.status).toBe(401);
    expect(cookie.headers.get('set-cookie')).toMatch(/^tw_session=; .*Expires=Thu, 01 Jan 1970/);
    const bearer = await call('testKeysOnly', { authorization: 'Bearer tw_nonsense.secret' });
    expect(bearer.status).toBe(401);
    expect(bearer.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    const basic = await call('testKeysOnly', { authorization: 'Basic dXNlcjpwYXNz' });
    expect(basic.status).toBe(401);
  });

  it('refuses a signed-in caller without a grant with 403 and audits the refusal', async () => {
    const before = await auditCount();
    const response = await call('testOfficersOnly', world.byName('reviewer').headers);
    expect(response.status).toBe(403);
    expect(await auditCount()).toBe(before + 1);
    const entry = await database.db
      .selectFrom('audit_entry')
      .selectAll()
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      action: 'access.operation.refused',
      outcome: 'refused',
      actor_type: 'user',
      object_type: 'operation',
      object_id: 'testOfficersOnly',
    });
    const key = await call('testOfficersOnly', world.byName('vendor A (API key)').headers);
    expect(key.status).toBe(403);
  });

  it('keeps an officer whose session has not passed the second factor out', async () => {
    const { createSession } = await import('../../../src/security/sessions/sessions.ts');
    const officer = world.byName('officer 2').principal;
    if (officer.kind !== 'user') throw new Error('officer 2 is a user');
    const { token } = await createSession(database.db, fixedClock(), {
      userId: officer.userId,
      mfaVerified: false,
    });
    const response = await call('testOfficersOnly', { cookie: `tw_session=${token}` });
    expect(response.status).toBe(401);
  });

  it('never logs a session token or API key', async () => {
    for (const caller of world.principals) {
      await call('testOfficersOnly', caller.headers);
      await app.request(evaluatePath, jsonRequest(evaluateBody, caller.headers));
    }
    const raw = logs.raw();
    for (const caller of world.principals) {
      for (const value of Object.values(caller.headers)) {
        const secret = value.replace(/^(Bearer |tw_session=)/, '');
        expect(raw).not.toContain(secret);
        expect(raw).not.toContain(secret.split('.')[1]!);
      }
    }
  });

  it('notices a change in the state snapshot (the harness itself works)', async () => {
    const before = await snapshotState(database.db);
    await database.db
      .updateTable('organisation')
      .set({ name: 'renamed' })
      .where('id', '=', world.organisations.vendorB)
      .execute();
    expect(await snapshotState(database.db)).not.toEqual(before);
  });
});
