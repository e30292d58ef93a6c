import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import {
  apiReferenceContentSecurityPolicy,
  cacheControlFor,
  strictContentSecurityPolicy,
} from '../../src/http/security-headers.ts';
import { expectSecurityHeaders, fromFetchHeaders } from './security-header-expectations.ts';
import { createTestApp, testDeps } from './test-app.ts';

const cookie = 'tw_session=abc.def';

function expectHeaders(response: Response, label: string, authenticated = false) {
  expectSecurityHeaders(fromFetchHeaders(response.headers), { label, https: false, authenticated });
}

describe('security headers of the API (in-process requests)', () => {
  const app = createTestApp({}, { maxBodyBytes: 64 });

  it('puts them on answers, problems (400, 404, 405, 413, 500) and the OpenAPI document', async () => {
    const requests: [string, RequestInit?][] = [
      ['/api/health'],
      ['/api/openapi.json'],
      ['/api/no-such-thing'],
      ['/api/health', { method: 'PUT' }],
      ['/api/health', { method: 'OPTIONS' }],
      [
        '/api/test/echo',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      ],
      [
        '/api/test/echo',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'x'.repeat(200) }),
        },
      ],
      ['/api/health?api_key=tw_abc.def'],
      ['/api/test/crash'],
    ];
    const statuses: number[] = [];
    for (const [path, init] of requests) {
      const response = await app.request(path, init);
      statuses.push(response.status);
      const label = `${init?.method ?? 'GET'} ${path} → ${response.status}`;
      expectHeaders(response, label);
      expect(response.headers.get('content-security-policy'), label).toBe(
        strictContentSecurityPolicy,
      );
      expect(response.headers.get('cache-control'), label).toBe('no-store');
    }
    expect(statuses).toEqual([expect.any(Number), 200, 404, 405, 204, 400, 413, 400, 500]);
  });

  it('gives the API reference a policy that runs its script files but nothing inline', async () => {
    const response = await app.request('/api/docs');
    expect(response.status).toBe(200);
    expectHeaders(response, '/api/docs');
    const policy = response.headers.get('content-security-policy')!;
    expect(policy).toBe(apiReferenceContentSecurityPolicy);
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('marks every answer to a caller with a credential no-store, except immutable assets', async () => {
    for (const headers of [{ cookie }, { authorization: 'Bearer tw_abc.def' }]) {
      const docs = await app.request('/api/docs', { headers });
      expectHeaders(docs, '/api/docs with a credential', true);
      expect(docs.headers.get('cache-control')).toBe('no-store');
      const html = await docs.text();
      const bundle = /src="(\/api\/docs\/assets\/[^"]+)"/.exec(html)![1]!;
      const asset = await app.request(bundle, { headers });
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expectHeaders(asset, bundle, true);
    }
  });

  it('adds HSTS for a year with subdomains only when PUBLIC_ORIGIN is https', async () => {
    const https = createApp(
      testDeps({ config: loadConfig({ PUBLIC_ORIGIN: 'https://tenderwise.example' }) }),
    );
    for (const path of ['/api/health', '/api/nothing', '/api/docs']) {
      const response = await https.request(path);
      expect(response.headers.get('strict-transport-security'), path).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
    const http = createApp(testDeps());
    expect((await http.request('/api/health')).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('cacheControlFor', () => {
  it('keeps immutable assets, forces no-store with a credential, else keeps or falls back', () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(cacheControlFor(immutable, true, undefined)).toBe(immutable);
    expect(cacheControlFor('no-cache', true, undefined)).toBe('no-store');
    expect(cacheControlFor('public, max-age=600', true, undefined)).toBe('no-store');
    expect(cacheControlFor(undefined, true, undefined)).toBe('no-store');
    expect(cacheControlFor('no-cache', false, 'no-store')).toBe('no-cache');
    expect(cacheControlFor(undefined, false, 'no-store')).toBe('no-store');
    expect(cacheControlFor(undefined, false, undefined)).toBeUndefined();
  });
});
