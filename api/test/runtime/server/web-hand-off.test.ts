import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { clientAddressOf } from '../../../src/http/client-address.ts';
import { apiFetchKey, type ApiFetch } from '../../../src/runtime/server/api-fetch.ts';
import { startServer, type RunningServer } from '../../../src/runtime/server/start.ts';
import { StartupError } from '../../../src/runtime/server/startup-error.ts';
import { captureLogs } from '../../http/test-app.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import { openSlowPageGate } from '../../fixtures/web-handler.ts';
import { scratchDir } from '../../fixtures/processes.ts';

const fakeWeb = fileURLToPath(new URL('../../fixtures/web-handler.ts', import.meta.url));
const brokenWeb = fileURLToPath(new URL('../../fixtures/broken-web-handler.ts', import.meta.url));
const noWeb = fileURLToPath(new URL('../../fixtures/no-such-build/handler.js', import.meta.url));

function apiFetch(): ApiFetch | undefined {
  return (globalThis as Record<symbol, ApiFetch | undefined>)[apiFetchKey];
}

async function start(webHandlerPath: string, logger = captureLogs().logger) {
  const { dir, remove } = await migratedDataDir();
  const server = await startServer({
    config: loadConfig({ DATA_DIR: dir, PORT: '0', CLOCK: 'system' }),
    logger,
    webHandlerPath,
    // The setup link this empty installation offers is first-run.test.ts's business.
    terminal: { write: () => true },
    extendApp(app) {
      // What a later rate limit or session lookup reads: the caller's address and cookies.
      app.get('/api/test/caller', (c) => {
        c.header('set-cookie', 'seen=1; Path=/; HttpOnly');
        return c.json({ clientAddress: clientAddressOf(c), cookie: c.req.header('cookie') });
      });
    },
  });
  return { server, remove };
}

describe('[pglite] one server for the API and the web front end', () => {
  const logs = captureLogs();
  let server: RunningServer;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ server, remove } = await start(fakeWeb, logs.logger));
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  it('hands pages to the web handler, with a request id and an access-log line', async () => {
    const response = await fetch(`${server.url}/tenders/42?q=secret`, {
      headers: { 'x-request-id': 'page-req-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('page-req-1');
    // The front end sees the same id, so it can pass it on to the API.
    expect(await response.text()).toContain('fake web page /tenders/42 request-id=page-req-1');
    const line = logs.events().find((event) => event.requestId === 'page-req-1');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/tenders/42', status: 200 });
    expect(JSON.stringify(line)).not.toContain('secret');
  });

  it('logs an invitation page without the token its path carries', async () => {
    const token = 'inv-secret-token-123';
    const response = await fetch(`${server.url}/invitation/${token}`, {
      headers: { 'x-request-id': 'page-invitation' },
    });
    await response.text();
    const line = logs.events().find((event) => event.requestId === 'page-invitation');
    expect(line).toMatchObject({ msg: 'request', path: '/invitation/[token]' });
    expect(JSON.stringify(logs.events())).not.toContain(token);
  });

  it('logs the status the web handler sent', async () => {
    const response = await fetch(`${server.url}/missing`, { headers: { 'x-request-id': 'p-404' } });
    expect(response.status).toBe(404);
    await response.text();
    expect(logs.events().find((event) => event.requestId === 'p-404')).toMatchObject({
      status: 404,
    });
  });

  it('keeps /api for the API: known routes answer, unknown ones get problem+json 404', async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('content-type')).toMatch(/^application\/json/);
    for (const path of ['/api/unknown', '/api', '/api/v1/nothing/here']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('application/problem+json');
      expect(await response.json(), path).toMatchObject({ status: 404, instance: path });
    }
  });

  it('sends only look-alike paths to the web handler', async () => {
    const response = await fetch(`${server.url}/apiary`);
    expect(await response.text()).toContain('fake web page /apiary');
  });

  it('marks pages no-cache but leaves immutable assets their long cache', async () => {
    expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${server.url}/_app/immutable/entry/start.abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a failing web handler with a bare 500 and logs the cause', async () => {
    const response = await fetch(`${server.url}/crash`, { headers: { 'x-request-id': 'p-500' } });
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).toContain('p-500');
    expect(body).not.toMatch(/secret\.js|handler failed/);
    expect(logs.events().find((event) => event.requestId === 'p-500')).toMatchObject({
      level: 50,
    });
  });

  it('gives the front end an in-process API that carries cookies and the client address', async () => {
    const fetchApi = apiFetch();
    expect(fetchApi).toBeTypeOf('function');
    const response = await fetchApi!(
      new Request('http://tenderwise.internal/api/test/caller', {
        headers: { cookie: 'session=abc.def' },
      }),
      { clientAddress: '203.0.113.7' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe('seen=1; Path=/; HttpOnly');
    expect(await response.json()).toEqual({
      clientAddress: '203.0.113.7',
      cookie: 'session=abc.def',
    });
  });

  it('reaches only the API in-process: other paths get the API’s 404', async () => {
    const response = await apiFetch()!(new Request('http://tenderwise.internal/tenders'), {
      clientAddress: '203.0.113.7',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('takes the client address from the socket for requests over HTTP', async () => {
    const response = await fetch(`${server.url}/api/test/caller`, {
      headers: { 'x-forwarded-for': '198.51.100.1' },
    });
    expect((await response.json()) as object).toMatchObject({ clientAddress: '127.0.0.1' });
  });
});

describe('[pglite] shutting down with pages in flight', () => {
  it('finishes a page request that was running when the shutdown began', async () => {
    const { server, remove } = await start(fakeWeb);
    try {
      const gate = openSlowPageGate();
      const slow = fetch(`${server.url}/slow`);
      await gate.arrived;
      const closed = server.close();
      gate.release();
      const response = await slow;
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('fake web page /slow');
      await closed;
      expect(apiFetch()).toBeUndefined();
    } finally {
      await remove();
    }
  });
});

describe('[pglite] without a web build', () => {
  let server: RunningServer;
  let remove: () => Promise<void>;

  beforeAll(async () => {
    ({ server, remove } = await start(noWeb));
  });
  afterAll(async () => {
    await server.close();
    await remove();
  });

  it('answers pages with a 503 in German and English that says how to build', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Die Weboberfläche ist nicht gebaut');
    expect(page).toContain('The web interface is not built');
    expect(page).toContain('npm run build');
  });

  it('serves the API as usual', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const unknown = await fetch(`${server.url}/api/unknown`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('a web build that cannot be loaded', () => {
  it('stops the start with a message that names the build and the fix', async () => {
    const { dir, remove } = await scratchDir();
    try {
      const failure = startServer({
        config: loadConfig({ DATA_DIR: dir, PORT: '0' }),
        logger: captureLogs().logger,
        webHandlerPath: brokenWeb,
      });
      await expect(failure).rejects.toBeInstanceOf(StartupError);
      await expect(failure).rejects.toThrow(/broken-web-handler\.ts.*npm run build/);
    } finally {
      await remove();
    }
  });
});
