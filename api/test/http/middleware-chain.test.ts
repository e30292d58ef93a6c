import { problemTypeUri } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, createApp } from '../../src/app.ts';
import { strictContentSecurityPolicy } from '../../src/http/security-headers.ts';
import { operationsOf, safeMethods } from '../security/access/matrix/operations.ts';
import { expectSecurityHeaders, fromFetchHeaders } from './security-header-expectations.ts';
import { testDeps } from './test-app.ts';

// The security headers, the body limit, authentication and the cross-site check are middleware
// that the app mounts once, in front of every route. What they do is tested per kind of response
// (security-headers.test.ts, csrf.test.ts, test/runtime/server/security-headers.test.ts); this file
// shows, without a database and at the cost of one in-process request per operation, that every
// operation of the document sits behind them.

const operations = operationsOf(buildOpenApiDocument());
const app = createApp(testDeps());

/** `/api/v1/users/{id}` as Hono registers it: `/api/v1/users/:id`. */
const honoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/** The operation's path with every parameter filled in. */
const concretePath = (path: string) =>
  path.replace(/\{[^}]+\}/g, '0b5b3bb6-3a55-4c41-9a3f-7d4c0f4b3c1e');

describe('the one middleware chain', () => {
  it('is mounted for every path before any route, and every operation is registered after it', () => {
    const routes = app.routes;
    const firstRoute = routes.findIndex((route) => route.method !== 'ALL');
    expect(firstRoute).toBeGreaterThan(0);
    const chain = routes.slice(0, firstRoute).map((route) => route.path);
    // Request context, security headers, access log; then, for the API, the body limit,
    // authentication and the cross-site check.
    expect(chain).toEqual(['/*', '/*', '/*', '/api/*', '/api/*', '/api/*']);
    expect(operations.length).toBeGreaterThan(0);
    for (const operation of operations) {
      expect(operation.path.startsWith('/api/'), operation.operationId).toBe(true);
      const index = routes.findIndex(
        (route) =>
          route.method === operation.method.toUpperCase() &&
          route.path === honoPath(operation.path),
      );
      expect(index, operation.operationId).toBeGreaterThanOrEqual(firstRoute);
    }
    // Nothing answers ahead of the chain: no path-specific middleware or route precedes it.
    expect(routes.slice(firstRoute).every((route) => route.path.startsWith('/api'))).toBe(true);
  });

  it('puts the security headers on the answer of every operation, signed in or not', async () => {
    for (const operation of operations) {
      for (const headers of [{}, { cookie: 'tw_session=abc.def' }]) {
        const response = await app.request(concretePath(operation.path), {
          method: operation.method.toUpperCase(),
          headers: { ...headers, 'sec-fetch-site': 'same-origin' },
        });
        const label = `${operation.method} ${operation.path} (${response.status})`;
        expectSecurityHeaders(fromFetchHeaders(response.headers), {
          label,
          https: false,
          authenticated: 'cookie' in headers,
        });
        expect(response.headers.get('content-security-policy'), label).toBe(
          strictContentSecurityPolicy,
        );
        expect(response.headers.get('x-request-id'), label).toBeTruthy();
      }
    }
  });

  it('refuses a cross-site request with a session cookie to every unsafe operation before it runs', async () => {
    const unsafe = operations.filter((operation) => !safeMethods.includes(operation.method));
    expect(unsafe.length).toBeGreaterThan(0);
    for (const operation of unsafe) {
      const response = await app.request(concretePath(operation.path), {
        method: operation.method.toUpperCase(),
        headers: {
          cookie: 'tw_session=abc.def',
          'sec-fetch-site': 'cross-site',
          'content-type': 'application/json',
        },
        body: '{}',
      });
      const label = `${operation.method} ${operation.path}`;
      // The database of this app is unreachable: any status but this 403 would mean that the
      // operation, not the cross-site check, answered.
      expect(response.status, label).toBe(403);
      expect(await response.json(), label).toMatchObject({
        type: problemTypeUri('forbidden'),
        detail: expect.stringMatching(/must come from a page of this site/),
      });
    }
  });
});
