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

describe('GET /api/openapi.json', () => {
  it('serves the document the generator writes', async () => {
    const response = await createApp(testDeps()).request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });
});
