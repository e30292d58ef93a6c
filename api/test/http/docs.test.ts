import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, createApp } from '../../src/app.ts';
import { createTestApp, testDeps } from './test-app.ts';

const app = createTestApp();

async function docsPage() {
  const response = await app.request('/api/docs');
  return { response, html: await response.text() };
}

describe('API docs page', () => {
  it('is an HTML page whose every script is a file from this server', async () => {
    const { response, html } = await docsPage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBe(2);
    for (const [, attributes, content] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/api\/docs\//);
      expect(content?.trim()).toBe('');
    }
    // No inline handlers or javascript: URLs either: a CSP without 'unsafe-inline' must suffice.
    expect(html).not.toMatch(/\son[a-z]+=|javascript:/i);
  });

  it('names no other host', async () => {
    const { html } = await docsPage();
    expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const init = await (await app.request('/api/docs/init.js')).text();
    expect(init).not.toMatch(/https?:\/\//);
  });

  it('serves the Scalar bundle from the installed package as cacheable JavaScript', async () => {
    const { html } = await docsPage();
    const [bundlePath] = [...html.matchAll(/src="([^"]+)"/g)].map((match) => match[1]);
    expect(bundlePath).toMatch(/^\/api\/docs\/assets\/scalar-api-reference-\d+\.\d+\.\d+\.js$/);
    const response = await app.request(bundlePath!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const script = await response.text();
    expect(script.length).toBeGreaterThan(100_000);
    expect(script).toContain('createApiReference');
  });

  it('configures the reference from a script file: local document, no fonts, no proxy', async () => {
    const response = await app.request('/api/docs/init.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await response.text();
    const match = /^Scalar\.createApiReference\('#app', ([\s\S]*)\);\n$/.exec(script);
    expect(match).not.toBeNull();
    const configuration = JSON.parse(match![1]!) as Record<string, unknown>;
    expect(configuration).toMatchObject({
      url: '/api/openapi.json',
      withDefaultFonts: false,
      telemetry: false,
    });
    expect(configuration).not.toHaveProperty('proxyUrl');
    expect(configuration).not.toHaveProperty('proxy');
  });
});

async function bundlePathOf(): Promise<string> {
  const { html } = await docsPage();
  return /src="(\/api\/docs\/assets\/[^"]+)"/.exec(html)![1]!;
}

function decode(bytes: Uint8Array, coding: string | null): string {
  const buffer = Buffer.from(bytes);
  if (coding === 'gzip') return gunzipSync(buffer).toString('utf8');
  if (coding === 'br') return brotliDecompressSync(buffer).toString('utf8');
  return buffer.toString('utf8');
}

describe('compressed docs', () => {
  for (const path of ['bundle', '/api/openapi.json']) {
    it(`sends ${path} compressed when asked, as it is when not, with Vary and the sent length`, async () => {
      const url = path === 'bundle' ? await bundlePathOf() : path;
      const plain = await app.request(url);
      const identity = await plain.text();
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toBe('Accept-Encoding');
      expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(identity));
      for (const [accept, coding] of [
        ['gzip, deflate', 'gzip'],
        ['gzip, deflate, br, zstd', 'br'],
        ['br;q=0, gzip;q=0', null],
      ] as const) {
        const response = await app.request(url, { headers: { 'accept-encoding': accept } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-encoding')).toBe(coding);
        expect(response.headers.get('vary')).toBe('Accept-Encoding');
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect(Number(response.headers.get('content-length'))).toBe(bytes.byteLength);
        if (coding !== null) expect(bytes.byteLength).toBeLessThan(identity.length / 2);
        expect(decode(bytes, coding)).toBe(identity);
      }
    });
  }

  it('gives each coding its own ETag and answers a matching If-None-Match with 304', async () => {
    const url = await bundlePathOf();
    const gzip = await app.request(url, { headers: { 'accept-encoding': 'gzip' } });
    const plain = await app.request(url);
    const gzipTag = gzip.headers.get('etag');
    expect(gzipTag).toMatch(/^"[\w-]{43}"$/);
    expect(plain.headers.get('etag')).not.toBe(gzipTag);
    const revalidated = await app.request(url, {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': `"other", W/${gzipTag}` },
    });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('etag')).toBe(gzipTag);
    expect(revalidated.headers.get('vary')).toBe('Accept-Encoding');
    expect(await revalidated.text()).toBe('');
    const otherCoding = await app.request(url, { headers: { 'if-none-match': gzipTag! } });
    expect(otherCoding.status).toBe(200);
  });

  it('answers HEAD with the length of the coding it would send', async () => {
    const url = await bundlePathOf();
    const get = await app.request(url, { headers: { 'accept-encoding': 'br' } });
    const head = await app.request(url, { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-encoding')).toBe('br');
    expect(head.headers.get('content-length')).toBe(get.headers.get('content-length'));
    expect(await head.text()).toBe('');
  });
});

describe('GET /api/openapi.json', () => {
  it('serves the document the generator writes', async () => {
    const response = await createApp(testDeps()).request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
