import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserPrincipal } from '../../../src/security/access/principal.ts';
import { sessionCookieName } from '../../../src/http/session-cookie.ts';
import { createSession } from '../../../src/security/sessions/sessions.ts';
import { setPasswordHash } from '../../../src/db/repositories/users.ts';
import type { AppDeps } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { apiFetchKey, type ApiFetch } from '../../../src/runtime/server/api-fetch.ts';
import { serverRequestListener } from '../../../src/runtime/server/request-listener.ts';
import { startServer, type RunningServer } from '../../../src/runtime/server/start.ts';
import { defaultWebHandlerPath } from '../../../src/runtime/server/web-handler.ts';
import { seedUser } from '../../services/accounts/fixtures.ts';
import { createWorld, type World } from '../../security/access/world.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';
import {
  expectSecurityHeaders,
  fromRawHeaders,
  type ReceivedHeaders,
} from '../../http/security-header-expectations.ts';
import { createTestApp } from '../../http/test-app.ts';

// Issue #7: "every response of a crawl over API routes and pages carries the headers", checked
// through the production request listener over real HTTP, where a second CSP or a missing header
// would show (Fetch's Headers would join repeated ones).

const fakeWeb = fileURLToPath(new URL('../../fixtures/web-handler.ts', import.meta.url));
const webBuilt = existsSync(defaultWebHandlerPath);

interface Answer {
  status: number;
  headers: ReceivedHeaders;
  body: string;
}

interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request over HTTP, answered with the raw header list. */
function send(baseUrl: string, path: string, sent: Sent = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      new URL(path, baseUrl),
      // A connection per request: one the server closes after refusing a large body is not reused.
      { method: sent.method ?? 'GET', headers: sent.headers ?? {}, agent: false },
      (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: fromRawHeaders(response.rawHeaders),
            body,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(sent.body);
  });
}

/** A production server on a fresh embedded database, and the access tests' world inside it. */
async function startWithWorld(env: Record<string, string>, webHandlerPath: string) {
  const { dir, remove } = await migratedDataDir();
  let deps: AppDeps | undefined;
  const server = await startServer({
    config: loadConfig({ DATA_DIR: dir, PORT: '0', CLOCK: 'system', ...env }),
    logger: createLogger('silent'),
    webHandlerPath,
    // The setup link this empty installation offers is first-run.test.ts's business.
    terminal: { write: () => true },
    extendApp: (_app, appDeps) => {
      deps = appDeps;
    },
  });
  const world = await createWorld(deps!.db, deps!.clock, deps!.config);
  return { server, deps: deps!, world, remove };
}

for (const https of [false, true]) {
  const scheme = https ? 'https' : 'http';
  describe(`[pglite] security headers with an ${scheme} PUBLIC_ORIGIN`, () => {
    let server: RunningServer;
    let deps: AppDeps;
    let world: World;
    let remove: () => Promise<void>;
    let savedOrigin: string | undefined;

    beforeAll(async () => {
      savedOrigin = process.env.ORIGIN;
      ({ server, deps, world, remove } = await startWithWorld(
        https ? { PUBLIC_ORIGIN: 'https://tenderwise.example' } : {},
        fakeWeb,
      ));
    });
    afterAll(async () => {
      await server?.close();
      await remove?.();
      if (savedOrigin === undefined) delete process.env.ORIGIN;
      else process.env.ORIGIN = savedOrigin;
    });

    const check = (answer: Answer, label: string, authenticated: boolean) =>
      expectSecurityHeaders(answer.headers, { label, https, authenticated });

    // Every operation goes through the middleware that sets them (test/http/middleware-chain.test.ts
    // checks that for each one, in-process); here each kind of answer and of caller travels
    // through the production request listener, where a second header would show.
    it('puts them on each kind of API answer, for each kind of caller', async () => {
      const admin = world.byName('admin').headers;
      const officer = world.byName('officer 1');
      const key = world.byName('vendor A (API key)').headers;
      const json = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' };
      const cookieName = sessionCookieName(deps.config);
      const throwaway = await createSession(deps.db, deps.clock, {
        userId: (officer.principal as UserPrincipal).userId,
        mfaVerified: true,
      });
      const password = 'a long password for the header test';
      const user = await seedUser(deps.db, 'vendor');
      await setPasswordHash(
        deps.db,
        user.id,
        await testPasswordHashing.hashPassword(password),
        new Date('2026-01-01T00:00:00Z'),
      );
      const login = (attempt: string): Sent => ({
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: user.email, password: attempt }),
      });
      const cases: [string, string, Sent, boolean, number][] = [
        ['JSON, anonymous', '/api/health', {}, false, 200],
        ['JSON, API key', '/api/health', { headers: key }, true, 200],
        ['JSON, session', '/api/v1/account', { headers: officer.headers }, true, 200],
        ['JSON list, session', '/api/v1/organisations', { headers: admin }, true, 200],
        [
          'created',
          '/api/v1/organisations',
          {
            method: 'POST',
            headers: { ...admin, ...json },
            body: JSON.stringify({ kind: 'vendor', name: 'Headers Vendor' }),
          },
          true,
          201,
        ],
        [
          'no content',
          '/api/v1/account/logout',
          {
            method: 'POST',
            headers: {
              cookie: `${cookieName}=${throwaway.token}`,
              'sec-fetch-site': 'same-origin',
            },
          },
          true,
          204,
        ],
        ['session cookie set', '/api/v1/account/login', login(password), false, 200],
        [
          'missing object',
          `/api/v1/organisations/${randomUUID()}/users`,
          { headers: admin },
          true,
          404,
        ],
        [
          'conflict',
          `/api/v1/users/${(officer.principal as UserPrincipal).userId}/invitation`,
          { method: 'POST', headers: { ...admin, 'sec-fetch-site': 'same-origin' } },
          true,
          409,
        ],
        ['wrong password', '/api/v1/account/login', login('wrong 1'), false, 401],
      ];
      for (const [label, path, sent, authenticated, status] of cases) {
        const answer = await send(server.url, path, sent);
        expect(answer.status, `${label}: ${answer.body}`).toBe(status);
        check(answer, `${label} (${answer.status})`, authenticated);
      }
      // Wrong passwords until the login limit refuses with 429 and Retry-After.
      let limited: Answer | undefined;
      for (let attempt = 2; attempt <= 10 && limited === undefined; attempt++) {
        const answer = await send(server.url, '/api/v1/account/login', login(`wrong ${attempt}`));
        if (answer.status === 429) limited = answer;
        else expect(answer.status).toBe(401);
      }
      expect(limited, 'the login limit answered 429').toBeDefined();
      check(limited!, 'rate limited (429)', false);
      expect(limited!.headers.get('retry-after')).toMatch(/^\d+$/);
    });

    it('puts them on the API’s errors, its documentation and requests refused at the edge', async () => {
      const admin = world.byName('admin').headers;
      const evaluate = '/api/v1/analysis/evaluate';
      const json = { 'content-type': 'application/json' };
      const cases: [string, string, Sent, boolean][] = [
        ['unknown path', '/api/v1/no-such-thing', {}, false],
        ['the API root', '/api', {}, false],
        ['wrong method', '/api/health', { method: 'PUT' }, false],
        ['OPTIONS', '/api/health', { method: 'OPTIONS' }, false],
        ['HEAD', '/api/health', { method: 'HEAD' }, false],
        ['malformed JSON', evaluate, { method: 'POST', headers: json, body: '{' }, false],
        ['invalid body', evaluate, { method: 'POST', headers: json, body: '{"x":1}' }, false],
        [
          'wrong media type',
          evaluate,
          { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' },
          false,
        ],
        [
          'body too large',
          evaluate,
          { method: 'POST', headers: json, body: `"${'x'.repeat(1_100_000)}"` },
          false,
        ],
        ['key in the URL', '/api/health?api_key=tw_abc.def', {}, false],
        [
          'cross-site request',
          '/api/v1/organisations',
          {
            method: 'POST',
            headers: { ...admin, ...json, 'sec-fetch-site': 'cross-site' },
            body: '{}',
          },
          true,
        ],
        ['unauthenticated', '/api/v1/organisations', {}, false],
        ['forbidden', '/api/v1/organisations', { headers: world.byName('vendor A').headers }, true],
        ['OpenAPI document', '/api/openapi.json', {}, false],
        ['OpenAPI document, signed in', '/api/openapi.json', { headers: admin }, true],
        ['API reference', '/api/docs', {}, false],
        ['API reference script', '/api/docs/init.js', { headers: admin }, true],
      ];
      const statuses: Record<string, number> = {};
      for (const [label, path, sent, authenticated] of cases) {
        const answer = await send(server.url, path, sent);
        statuses[label] = answer.status;
        check(answer, `${label} (${answer.status})`, authenticated);
      }
      expect(statuses).toMatchObject({
        'unknown path': 404,
        'wrong method': 405,
        OPTIONS: 204,
        'malformed JSON': 400,
        'invalid body': 422,
        'wrong media type': 415,
        'body too large': 413,
        'key in the URL': 400,
        'cross-site request': 403,
        unauthenticated: 401,
        forbidden: 403,
      });
      const docs = await send(server.url, '/api/docs');
      const bundle = /src="(\/api\/docs\/assets\/[^"]+)"/.exec(docs.body)![1]!;
      const asset = await send(server.url, bundle, { headers: admin });
      check(asset, 'Scalar bundle, signed in', true);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it('judges in-process calls of the web server by the provenance they state', async () => {
      const apiFetch = (globalThis as Record<symbol, ApiFetch | undefined>)[apiFetchKey]!;
      const logout = async (headers: Record<string, string>) => {
        const session = await createSession(deps.db, deps.clock, {
          userId: (world.byName('reviewer').principal as UserPrincipal).userId,
          mfaVerified: false,
        });
        const cookie = `${sessionCookieName(deps.config)}=${session.token}`;
        const response = await apiFetch(
          new Request('http://tenderwise.internal/api/v1/account/logout', {
            method: 'POST',
            headers: { cookie, ...headers },
          }),
          { clientAddress: '203.0.113.7' },
        );
        return response.status;
      };
      expect(await logout({})).toBe(403);
      expect(await logout({ 'sec-fetch-site': 'cross-site' })).toBe(403);
      expect(await logout({ 'sec-fetch-site': 'same-origin' })).toBe(204);
      expect(await logout({ origin: deps.config.publicOrigin })).toBe(204);
    });

    it('puts them on pages, error pages, failures and immutable assets of the web handler', async () => {
      const cookie = world.byName('reviewer').headers;
      const cases: [string, string, Sent, boolean][] = [
        ['page', '/', {}, false],
        ['page, signed in', '/tenders/42', { headers: cookie }, true],
        ['HEAD of a page', '/', { method: 'HEAD' }, false],
        ['missing page', '/missing', {}, false],
        ['failing page', '/crash', {}, false],
        ['asset', '/_app/immutable/entry/start.abc123.js', {}, false],
        ['asset, signed in', '/_app/immutable/entry/start.abc123.js', { headers: cookie }, true],
      ];
      for (const [label, path, sent, authenticated] of cases) {
        const answer = await send(server.url, path, sent);
        check(answer, `${label} (${answer.status})`, authenticated);
      }
      expect((await send(server.url, '/')).headers.get('cache-control')).toBe('no-cache');
      const asset = await send(server.url, '/_app/immutable/entry/start.abc123.js', {
        headers: cookie,
      });
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });
  });
}

describe('security headers of the notice that the web front end is not built', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer(
      serverRequestListener({
        app: createTestApp(),
        web: undefined,
        logger: createLogger('silent'),
        config: { publicOrigin: 'https://tenderwise.example' },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('carries them too, with the strict policy and HSTS for an https origin', async () => {
    for (const [path, sent] of [
      ['/', {}],
      ['/en/account', { headers: { cookie: '__Host-tw_session=abc.def' } }],
    ] as const) {
      const answer = await send(url, path, sent);
      expect(answer.status).toBe(503);
      expectSecurityHeaders(answer.headers, {
        label: path,
        https: true,
        authenticated: path !== '/',
      });
      expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    }
  });
});

describe.skipIf(!webBuilt)('[pglite] security headers of the built web front end', () => {
  let server: RunningServer;
  let world: World;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ server, world, remove } = await startWithWorld({}, defaultWebHandlerPath));
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  it('puts them on SvelteKit pages in both languages, error pages and static files, with its one CSP', async () => {
    const cookie = world.byName('officer 1').headers;
    const landing = await send(server.url, '/');
    expect(landing.status).toBe(200);
    // SvelteKit's own policy (hashes of its bootstrap script), not the strict fallback.
    expect(landing.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const asset = /["'](?:\.?\/)?(_app\/immutable\/[^"']+\.js)["']/.exec(landing.body)?.[1];
    expect(asset, 'the page names a hashed asset').toBeDefined();
    const cases: [string, string, Sent, boolean][] = [
      ['German landing page', '/', {}, false],
      ['English landing page', '/en', {}, false],
      ['landing page, signed in', '/', { headers: cookie }, true],
      ['HEAD of a page', '/en', { method: 'HEAD' }, false],
      ['missing page', '/gibt-es-nicht', {}, false],
      ['missing English page, signed in', '/en/no-such-page', { headers: cookie }, true],
      ['static file', '/favicon.svg', {}, false],
      ['hashed asset', `/${asset}`, {}, false],
      ['hashed asset, signed in', `/${asset}`, { headers: cookie }, true],
      [
        'form post from another site',
        '/',
        {
          method: 'POST',
          headers: {
            origin: 'https://attacker.example',
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'a=b',
        },
        false,
      ],
    ];
    for (const [label, path, sent, authenticated] of cases) {
      const answer = await send(server.url, path, sent);
      expectSecurityHeaders(answer.headers, {
        label: `${label} (${answer.status})`,
        https: false,
        authenticated,
      });
    }
    const signedIn = await send(server.url, '/', { headers: cookie });
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    const hashed = await send(server.url, `/${asset}`, { headers: cookie });
    expect(hashed.headers.get('cache-control')).toMatch(/immutable/);
    expect((await send(server.url, '/gibt-es-nicht')).status).toBe(404);

    // A 304 refreshes the cached response's headers: it must not bring a policy of its own,
    // which would replace the cached page's and leave it without its scripts and styles.
    const favicon = await send(server.url, '/favicon.svg');
    const etag = favicon.headers.get('etag');
    expect(etag, 'static files carry an ETag').toBeTruthy();
    const revalidated = await send(server.url, '/favicon.svg', {
      headers: { 'if-none-match': etag! },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('content-security-policy')).toBeUndefined();
    expect(revalidated.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
