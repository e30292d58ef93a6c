import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fetchFromApi,
  findInProcessApi,
  inProcessApiKey,
  isOwnApiRequest,
  withoutCookies,
  type IncomingRequest,
  type InProcessApi,
} from '../src/lib/server/api-fetch.ts';

const ownOrigin = 'https://tenderwise.example';

function userRequest(headers: Record<string, string> = {}): IncomingRequest {
  return {
    url: new URL(`${ownOrigin}/en`),
    request: new Request(`${ownOrigin}/en`, {
      headers: { cookie: 'session=abc.def', 'accept-language': 'en-GB', ...headers },
    }),
    getClientAddress: () => '203.0.113.7',
  };
}

function neverCalled(): typeof fetch {
  return vi.fn(async () => {
    throw new Error('must not be called');
  });
}

describe('isOwnApiRequest', () => {
  it('accepts paths under /api on this origin', () => {
    expect(isOwnApiRequest(new URL(`${ownOrigin}/api/health`), ownOrigin)).toBe(true);
  });

  it('refuses other origins and paths outside /api', () => {
    expect(isOwnApiRequest(new URL('https://elsewhere.example/api/health'), ownOrigin)).toBe(false);
    expect(isOwnApiRequest(new URL('http://tenderwise.example/api/health'), ownOrigin)).toBe(false);
    expect(isOwnApiRequest(new URL(`${ownOrigin}/apis`), ownOrigin)).toBe(false);
    expect(isOwnApiRequest(new URL(`${ownOrigin}/en`), ownOrigin)).toBe(false);
  });
});

describe('fetchFromApi', () => {
  it('answers in-process with the user cookies, language and address when the server publishes its API', async () => {
    const inProcessApi = vi.fn<InProcessApi>(async () => Response.json({ status: 'ok' }));
    const networkFetch = neverCalled();

    const response = await fetchFromApi(
      new Request(`${ownOrigin}/api/health?verbose=1`),
      userRequest(),
      { inProcessApi, apiOrigin: 'http://127.0.0.1:3000', networkFetch },
    );

    expect(await response.json()).toEqual({ status: 'ok' });
    expect(networkFetch).not.toHaveBeenCalled();
    const [forwarded, context] = inProcessApi.mock.calls[0]!;
    expect(forwarded.url).toBe(`${ownOrigin}/api/health?verbose=1`);
    expect(forwarded.headers.get('cookie')).toBe('session=abc.def');
    expect(forwarded.headers.get('accept-language')).toBe('en-GB');
    expect(context).toEqual({ clientAddress: '203.0.113.7' });
  });

  it('passes on X-Forwarded-For, for the API to judge against its trusted proxies', async () => {
    const inProcessApi = vi.fn<InProcessApi>(async () => Response.json({}));
    await fetchFromApi(
      new Request(`${ownOrigin}/api/health`, { headers: { 'x-forwarded-for': '10.9.9.9' } }),
      userRequest({ 'x-forwarded-for': '198.51.100.4' }),
      { inProcessApi, apiOrigin: 'http://127.0.0.1:3000', networkFetch: neverCalled() },
    );
    const [forwarded] = inProcessApi.mock.calls[0]!;
    // The browser's request decides, never what the page's own code put on its call.
    expect(forwarded.headers.get('x-forwarded-for')).toBe('198.51.100.4');
  });

  it("passes on the browser's User-Agent, which the API records for the sessions it creates", async () => {
    const chromium =
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const inProcessApi = vi.fn<InProcessApi>(async () => Response.json({}));
    await fetchFromApi(
      new Request(`${ownOrigin}/api/v1/account/login`, {
        method: 'POST',
        headers: { 'user-agent': 'node' },
        body: '{}',
      }),
      userRequest({ 'user-agent': chromium }),
      { inProcessApi, apiOrigin: 'http://127.0.0.1:3000', networkFetch: neverCalled() },
    );
    const [forwarded] = inProcessApi.mock.calls[0]!;
    expect(forwarded.headers.get('user-agent')).toBe(chromium);
  });

  it('sends the request to API_ORIGIN with the user cookies when the API runs in its own process', async () => {
    const networkFetch = vi.fn<typeof fetch>(async () => new Response('{}'));

    await fetchFromApi(new Request(`${ownOrigin}/api/health`), userRequest(), {
      inProcessApi: undefined,
      apiOrigin: 'http://127.0.0.1:3000',
      networkFetch,
    });

    const sent = networkFetch.mock.calls[0]![0] as Request;
    expect(sent.url).toBe('http://127.0.0.1:3000/api/health');
    expect(sent.headers.get('cookie')).toBe('session=abc.def');
    expect(sent.headers.get('accept-language')).toBe('en-GB');
    expect(sent.redirect).toBe('manual');
  });

  it('passes on method and body', async () => {
    const networkFetch = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));

    await fetchFromApi(
      new Request(`${ownOrigin}/api/tenders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Kollaborationsplattform' }),
      }),
      userRequest(),
      { inProcessApi: undefined, apiOrigin: 'http://127.0.0.1:3000', networkFetch },
    );

    const sent = networkFetch.mock.calls[0]![0] as Request;
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('content-type')).toBe('application/json');
    expect(await sent.json()).toEqual({ title: 'Kollaborationsplattform' });
  });

  it('does not invent a cookie the user did not send', async () => {
    const networkFetch = vi.fn<typeof fetch>(async () => new Response('{}'));
    const anonymous: IncomingRequest = {
      ...userRequest(),
      request: new Request(`${ownOrigin}/`),
    };

    await fetchFromApi(
      new Request(`${ownOrigin}/api/health`, { headers: { cookie: 'planted=1' } }),
      anonymous,
      { inProcessApi: undefined, apiOrigin: 'http://127.0.0.1:3000', networkFetch },
    );

    const sent = networkFetch.mock.calls[0]![0] as Request;
    expect(sent.headers.has('cookie')).toBe(false);
  });
});

describe('withoutCookies', () => {
  it('strips the cookie header from requests to other origins', () => {
    const stripped = withoutCookies(
      new Request('https://elsewhere.example/api/health', {
        headers: { cookie: 'session=abc.def', accept: 'application/json' },
      }),
    );
    expect(stripped.headers.has('cookie')).toBe(false);
    expect(stripped.headers.get('accept')).toBe('application/json');
    expect(stripped.credentials).toBe('omit');
  });
});

describe('findInProcessApi', () => {
  const registry = globalThis as Record<symbol, unknown>;

  afterEach(() => {
    delete registry[inProcessApiKey];
  });

  it('finds the handler published under Symbol.for("tenderwise.apiFetch")', () => {
    const published: InProcessApi = async () => new Response();
    registry[Symbol.for('tenderwise.apiFetch')] = published;
    expect(findInProcessApi()).toBe(published);
  });

  it('ignores a missing or malformed entry', () => {
    expect(findInProcessApi()).toBeUndefined();
    registry[inProcessApiKey] = 'not a function';
    expect(findInProcessApi()).toBeUndefined();
  });
});
