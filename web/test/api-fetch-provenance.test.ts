import { describe, expect, it, vi } from 'vitest';
import {
  fetchFromApi,
  provenanceOf,
  type IncomingRequest,
  type InProcessApi,
} from '../src/lib/server/api-fetch.ts';

// The API refuses unsafe requests with the session cookie unless they say they come from this
// origin; server-side calls state it themselves, from the browser request they serve.

const ownOrigin = 'https://tenderwise.example';

function browserRequest(method: string, headers: Record<string, string>): IncomingRequest {
  return {
    url: new URL(`${ownOrigin}/en/account`),
    request: new Request(`${ownOrigin}/en/account`, {
      method,
      headers: { cookie: 'tw_session=abc.def', ...headers },
      ...(method !== 'GET' && method !== 'HEAD' && { body: 'a=b' }),
    }),
    getClientAddress: () => '203.0.113.7',
  };
}

/** What the in-process API receives for a POST a load or action makes while serving `incoming`. */
async function forwardedFor(incoming: IncomingRequest, own: Record<string, string> = {}) {
  const inProcessApi = vi.fn<InProcessApi>(async () => new Response(null, { status: 204 }));
  await fetchFromApi(
    new Request(`${ownOrigin}/api/v1/account/logout`, { method: 'POST', headers: own }),
    incoming,
    { inProcessApi, apiOrigin: 'http://127.0.0.1:3000', networkFetch: fetch },
  );
  return inProcessApi.mock.calls[0]![0].headers;
}

describe('provenance of server-side API calls', () => {
  it('says same-origin while rendering a page, whoever linked to it', async () => {
    for (const fetchSite of ['none', 'cross-site', 'same-origin']) {
      const headers = await forwardedFor(
        browserRequest('GET', { 'sec-fetch-site': fetchSite, origin: 'https://attacker.example' }),
      );
      expect(headers.get('sec-fetch-site'), fetchSite).toBe('same-origin');
      expect(headers.has('origin')).toBe(false);
    }
  });

  it("passes on the browser's own statement while serving a form post", async () => {
    const crossSite = await forwardedFor(
      browserRequest('POST', {
        'sec-fetch-site': 'cross-site',
        origin: 'https://attacker.example',
      }),
    );
    expect(crossSite.get('sec-fetch-site')).toBe('cross-site');
    expect(crossSite.get('origin')).toBe('https://attacker.example');

    const sameOrigin = await forwardedFor(
      browserRequest('POST', { 'sec-fetch-site': 'same-origin', origin: ownOrigin }),
    );
    expect(sameOrigin.get('sec-fetch-site')).toBe('same-origin');

    // An older browser that sends only Origin: the API compares it with PUBLIC_ORIGIN.
    const originOnly = await forwardedFor(browserRequest('POST', { origin: ownOrigin }));
    expect(originOnly.has('sec-fetch-site')).toBe(false);
    expect(originOnly.get('origin')).toBe(ownOrigin);
  });

  it('never lets what a load or action put into those headers through', async () => {
    const planted = {
      'sec-fetch-site': 'same-origin',
      'sec-fetch-mode': 'navigate',
      origin: ownOrigin,
    };
    const headers = await forwardedFor(
      browserRequest('POST', { 'sec-fetch-site': 'cross-site' }),
      planted,
    );
    expect(headers.get('sec-fetch-site')).toBe('cross-site');
    expect(headers.has('sec-fetch-mode')).toBe(false);
    expect(headers.has('origin')).toBe(false);
    // Without any statement from the browser, the API refuses the cookie (it cannot vouch).
    const silent = await forwardedFor(browserRequest('POST', {}), planted);
    expect(silent.has('sec-fetch-site')).toBe(false);
    expect(silent.has('origin')).toBe(false);
  });

  it('states the same over the network to a separate API process', async () => {
    const networkFetch = vi.fn<typeof fetch>(async () => new Response(null, { status: 204 }));
    await fetchFromApi(
      new Request(`${ownOrigin}/api/v1/analysis/evaluate`, { method: 'POST', body: '{}' }),
      browserRequest('GET', { 'sec-fetch-site': 'none' }),
      { inProcessApi: undefined, apiOrigin: 'http://127.0.0.1:3000', networkFetch },
    );
    const sent = networkFetch.mock.calls[0]![0] as Request;
    expect(sent.headers.get('sec-fetch-site')).toBe('same-origin');
  });

  it('treats every method but GET, HEAD and OPTIONS as unsafe', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(provenanceOf(new Request(ownOrigin, { method })), method).toEqual({
        'sec-fetch-site': 'same-origin',
      });
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(provenanceOf(new Request(ownOrigin, { method })), method).toEqual({});
    }
  });
});
