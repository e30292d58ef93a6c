import { randomUUID } from 'node:crypto';
import { evaluateExample, problemTypeUri } from '@tenderwise/schema';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type AccessObject } from '../../src/security/access/authorize.ts';
import { isPublicOperation, policyOf, type ObjectState } from '../../src/security/access/policy.ts';
import { tenderStates } from '../../src/domain/tenders/tender-lifecycle.ts';
import { sessionCookieName } from '../../src/http/session-cookie.ts';
import { createApp, type AppDeps } from '../../src/app.ts';
import { fixedClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import type { DB } from '../../src/db/types.ts';
import { crossSiteRequestAuditAction, judgeProvenance } from '../../src/http/csrf.ts';
import type { OpenApiDocument } from '../../src/http/openapi.ts';
import {
  operationFixtures,
  prepareSharedData,
  type FixtureRequest,
} from '../security/access/fixtures/index.ts';
import { operationsOf, type Operation } from '../security/access/matrix/operations.ts';
import { stateChangedBy } from '../security/access/state-snapshot.ts';
import { createWorld, type World } from '../security/access/world.ts';
import { describeDatabase, openTestDatabase, type TestDatabase } from '../harness/database.ts';
import { testPasswordHashing } from '../harness/passwords.ts';
import { withRollbackOf } from '../harness/rollback.ts';
import { captureLogs } from './test-app.ts';

const publicOrigin = 'https://tenderwise.example';
const foreignOrigin = 'https://attacker.example';

describe('judgeProvenance', () => {
  const judge = (fetchSite?: string, origin?: string, withSessionCookie = true) =>
    judgeProvenance({ fetchSite, origin }, publicOrigin, withSessionCookie);

  it('admits only same-origin by Sec-Fetch-Site, whatever Origin says', () => {
    expect(judge('same-origin')).toEqual({ allowed: true });
    expect(judge('same-origin', foreignOrigin)).toEqual({ allowed: true });
    for (const value of ['cross-site', 'same-site', 'none', 'SAME-ORIGIN', '']) {
      expect(judge(value, publicOrigin), value).toEqual({ allowed: false, reason: 'cross-site' });
    }
  });

  it('falls back to Origin compared with PUBLIC_ORIGIN', () => {
    expect(judge(undefined, publicOrigin)).toEqual({ allowed: true });
    for (const origin of [
      foreignOrigin,
      'null',
      'http://tenderwise.example',
      'https://tenderwise.example:8443',
      'https://sub.tenderwise.example',
      'not a url',
    ]) {
      expect(judge(undefined, origin), origin).toEqual({
        allowed: false,
        reason: 'foreign-origin',
      });
    }
  });

  it('refuses a session cookie without either header, but not a caller without one', () => {
    expect(judge()).toEqual({ allowed: false, reason: 'no-origin' });
    expect(judge(undefined, undefined, false)).toEqual({ allowed: true });
    // Login CSRF: a cross-site request is refused with or without a cookie.
    expect(judge('cross-site', undefined, false)).toMatchObject({ allowed: false });
    expect(judge(undefined, foreignOrigin, false)).toMatchObject({ allowed: false });
  });
});

const safeMethods = ['get', 'head', 'options', 'trace'];

/** The ways a cross-site request can present itself, each of which must be refused. */
const crossSiteVariants: Record<string, Record<string, string>> = {
  'Sec-Fetch-Site: cross-site': { 'sec-fetch-site': 'cross-site', origin: foreignOrigin },
  'a foreign Origin only': { origin: foreignOrigin },
  'neither Sec-Fetch-Site nor Origin': {},
};

const bodyKinds = [
  'application/json',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
] as const;
type BodyKind = (typeof bodyKinds)[number];

/** The fixture's body in the given content type: what a form or a script on another site can send. */
function encodedBody(
  kind: BodyKind,
  body: unknown,
): { headers: Record<string, string>; body: RequestInit['body'] } {
  const fields = Object.entries((body ?? {}) as Record<string, unknown>).map(
    ([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)] as const,
  );
  switch (kind) {
    case 'application/json':
      return { headers: { 'content-type': kind }, body: JSON.stringify(body ?? {}) };
    case 'text/plain':
      // What `fetch(url, { mode: 'no-cors', body: '{…}' })` or an enctype=text/plain form sends.
      return {
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(body ?? {}),
      };
    case 'application/x-www-form-urlencoded': {
      const form = new URLSearchParams();
      for (const [name, value] of fields) form.append(name, value);
      return { headers: { 'content-type': kind }, body: form.toString() };
    }
    case 'multipart/form-data': {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      // The boundary comes with the content type the request sets for FormData.
      return { headers: {}, body: form };
    }
  }
}

describeDatabase('cross-site request protection', (backend) => {
  let database: TestDatabase;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let world: World;
  let unsafe: Operation[];
  const logs = captureLogs();

  beforeAll(async () => {
    database = await openTestDatabase(backend);
    const config = loadConfig({ PUBLIC_ORIGIN: publicOrigin });
    const clock = fixedClock();
    deps = {
      db: database.db,
      clock,
      config,
      logger: logs.logger,
      backend,
      passwordHashing: testPasswordHashing,
    };
    app = createApp(deps);
    world = await createWorld(database.db, clock, config);
    await prepareSharedData(database.db, clock);
    const document = (await (await app.request('/api/openapi.json')).json()) as OpenApiDocument;
    unsafe = operationsOf(document).filter((op) => !safeMethods.includes(op.method));
  });
  afterAll(() => database.close());

  /**
   * A valid request for the operation from a signed-in caller whom the policy table admits (on an
   * object of authority A, in the first tender state that allows it), built from the access
   * matrix's fixture; made afresh for every use, since most operations work only once.
   */
  async function signedInCase(operation: Operation, db: Kysely<DB>) {
    const fixture = operationFixtures[operation.operationId]!;
    const policy = policyOf(operation.operationId)!;
    const users = world.principals.filter((caller) => caller.principal.kind === 'user');
    const states: readonly (ObjectState | undefined)[] =
      policy.object === null ? [undefined] : (fixture.objects?.states ?? tenderStates);
    for (const state of states) {
      let objectId: string | undefined;
      let object: AccessObject | undefined;
      let objectValues: Readonly<Record<string, string>> = {};
      if (state !== undefined) {
        const created = await fixture.objects!.create({ db, world, owner: 'authorityA', state });
        objectId = created.id;
        object = created.access;
        objectValues = created.values ?? {};
      }
      const caller = users.find(
        (user) =>
          decide({ principal: user.principal, operationId: operation.operationId, object }).allowed,
      );
      if (caller === undefined) continue;
      const prepared =
        (await fixture.prepare?.({ db, world, principal: caller, clock: deps.clock })) ?? {};
      const request = fixture.request({
        principal: caller,
        ...(objectId !== undefined && { objectId }),
        values: { ...objectValues, ...prepared.values },
      });
      const cookie =
        prepared.session === undefined
          ? caller.headers.cookie!
          : `${sessionCookieName(deps.config)}=${prepared.session.token}`;
      return { caller, request, cookie };
    }
    throw new Error(`No signed-in caller of the world may call ${operation.operationId}`);
  }

  function send(
    request: FixtureRequest,
    headers: Record<string, string>,
    kind: BodyKind = 'application/json',
  ) {
    const encoded = encodedBody(kind, request.body);
    return app.request(request.path, {
      method: request.method.toUpperCase(),
      headers: { ...encoded.headers, ...headers },
      body: encoded.body,
    });
  }

  it('drives every unsafe operation of the OpenAPI document, each with a fixture', () => {
    expect(unsafe.length).toBeGreaterThan(0);
    expect(
      unsafe.filter((op) => !(op.operationId in operationFixtures)).map((op) => op.operationId),
    ).toEqual([]);
  });

  it('accepts 0 cross-origin unsafe requests with a session cookie, in every content type, and changes nothing', async () => {
    const accepted: string[] = [];
    let refusals = 0;
    const sample = representatives(unsafe);
    for (const operation of sample) {
      await withRollbackOf(deps, async (scope) => {
        const { request, cookie } = await signedInCase(operation, scope.db);
        const { changed } = await stateChangedBy(scope, async () => {
          for (const [variant, headers] of Object.entries(crossSiteVariants)) {
            for (const kind of bodyKinds) {
              const response = await send(request, { ...headers, cookie }, kind);
              const label = `${operation.operationId} with ${variant}, ${kind}`;
              if (response.status !== 403) {
                accepted.push(`${label}: ${response.status}`);
                continue;
              }
              refusals += 1;
              expect(response.headers.get('content-type'), label).toBe('application/problem+json');
              expect(await response.json(), label).toMatchObject({
                type: problemTypeUri('forbidden'),
                status: 403,
                detail: expect.stringMatching(/must come from a page of this site/),
              });
            }
          }
        });
        expect(changed, operation.operationId).toEqual([]);
      });
    }
    expect(accepted).toEqual([]);
    expect(refusals).toBe(sample.length * 3 * bodyKinds.length);
  });

  it('lets the same requests through from this origin, by Sec-Fetch-Site or by Origin alone', async () => {
    const refused: string[] = [];
    const sameOriginVariants: Record<string, Record<string, string>> = {
      'Sec-Fetch-Site: same-origin': { 'sec-fetch-site': 'same-origin', origin: publicOrigin },
      'Origin only': { origin: publicOrigin },
    };
    for (const operation of representatives(unsafe)) {
      for (const [variant, headers] of Object.entries(sameOriginVariants)) {
        await withRollbackOf(deps, async (scope) => {
          const { request, cookie } = await signedInCase(operation, scope.db);
          const response = await send(request, { ...headers, cookie });
          if (response.status < 200 || response.status >= 300) {
            refused.push(
              `${operation.operationId} with ${variant}: ${response.status} ${await response.text()}`,
            );
          }
        });
      }
    }
    expect(refused).toEqual([]);
  });

  it('records a refusal with a valid session in the audit log, and logs no credential', async () => {
    const reviewer = world.byName('reviewer');
    const requestId = `csrf-${randomUUID()}`;
    const response = await app.request('/api/v1/account/logout', {
      method: 'POST',
      headers: { ...reviewer.headers, 'sec-fetch-site': 'same-site', 'x-request-id': requestId },
    });
    expect(response.status).toBe(403);
    const { rows } = await sql<{ action: string; actor_id: string; outcome: string }>`
      select action, actor_id, outcome from audit_entry where request_id = ${requestId}`.execute(
      database.db,
    );
    expect(rows).toEqual([
      {
        action: crossSiteRequestAuditAction,
        actor_id: (reviewer.principal as { userId: string }).userId,
        outcome: 'refused',
      },
    ]);
    const line = logs.events().find((event) => event.requestId === requestId && event.reason);
    expect(line).toMatchObject({ msg: 'Refused a cross-site request', reason: 'cross-site' });
    const token = reviewer.headers.cookie!.split('=')[1]!;
    expect(logs.raw()).not.toContain(token);
    expect(logs.raw()).not.toContain(token.split('.')[1]!);
  });

  it('refuses cross-site logins and invitation acceptance without any cookie (login CSRF), but not programs', async () => {
    for (const operationId of ['loginWithPassword', 'acceptInvitation']) {
      const fixture = operationFixtures[operationId]!;
      const anonymous = world.byName('anonymous');
      await withRollbackOf(deps, async (scope) => {
        const fresh = async () => {
          const prepared =
            (await fixture.prepare?.({
              db: scope.db,
              world,
              principal: anonymous,
              clock: deps.clock,
            })) ?? {};
          return fixture.request({ principal: anonymous, values: prepared.values ?? {} });
        };
        const request = await fresh();
        const { changed } = await stateChangedBy(scope, async () => {
          for (const headers of [
            { 'sec-fetch-site': 'cross-site' } as Record<string, string>,
            { 'sec-fetch-site': 'same-site' },
            { origin: foreignOrigin },
          ]) {
            for (const kind of bodyKinds) {
              expect(
                (await send(request, headers, kind)).status,
                `${operationId} ${JSON.stringify(headers)} ${kind}`,
              ).toBe(403);
            }
          }
        });
        expect(changed).toEqual([]);
        // A program (no browser headers) and a page of this site may log in.
        expect((await send(await fresh(), {})).status, operationId).toBeLessThan(300);
        expect(
          (await send(await fresh(), { 'sec-fetch-site': 'same-origin' })).status,
        ).toBeLessThan(300);
      });
    }
  });

  it('does not check requests with an API key: browsers never add one to another site’s request', async () => {
    const key = world.byName('vendor A (API key)');
    // A public operation that needs nothing prepared, so the key alone makes it succeed.
    const publicUnsafe = unsafe.find(
      (op) =>
        isPublicOperation(policyOf(op.operationId)!) &&
        operationFixtures[op.operationId]?.prepare === undefined,
    );
    expect(publicUnsafe).toBeDefined();
    const request = operationFixtures[publicUnsafe!.operationId]!.request({
      principal: key,
      values: {},
    });
    for (const headers of Object.values(crossSiteVariants)) {
      const response = await send(request, { ...key.headers, ...headers });
      expect(response.status, JSON.stringify(headers)).toBe(200);
    }
  });

  it('checks unknown paths and every unsafe method too, before anything else answers', async () => {
    const cookie = world.byName('admin').headers.cookie!;
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await app.request('/api/v1/no-such-thing', {
        method,
        headers: { cookie, 'sec-fetch-site': 'cross-site' },
      });
      expect(response.status, method).toBe(403);
    }
    // Safe methods are never refused for their origin.
    const listed = await app.request('/api/v1/organisations', {
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(listed.status).toBe(200);
    // Public analysis with a session cookie from another site: refused like everything else.
    const evaluated = await app.request('/api/v1/analysis/evaluate', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: foreignOrigin },
      body: JSON.stringify(evaluateExample.request),
    });
    expect(evaluated.status).toBe(403);
  });
});

/**
 * One unsafe operation per method and kind of policy row (public or not, on an object or not):
 * the cross-site check looks at the method and the request's headers only, before any route, and
 * test/http/middleware-chain.test.ts shows that it refuses every unsafe operation. Sending every
 * variant and content type to every operation would only repeat the same decision.
 */
function representatives(operations: readonly Operation[]): Operation[] {
  const byKind = new Map<string, Operation>();
  for (const operation of operations) {
    const policy = policyOf(operation.operationId)!;
    const kind = [
      operation.method,
      isPublicOperation(policy) ? 'public' : 'signed-in',
      policy.object === null ? 'no object' : 'object',
    ].join(' ');
    if (!byKind.has(kind)) byKind.set(kind, operation);
  }
  return [...byKind.values()];
}
