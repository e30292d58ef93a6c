import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { apiFor, hasSessionCookie, relaySetCookies } from '../src/lib/server/api.ts';

/** Cookies as SvelteKit's, recording what is set; `parse` reads the attributes the API sends. */
function recordingCookies(sent: Record<string, string> = {}) {
  const set = vi.fn();
  const cookies = {
    get: (name: string) => sent[name],
    set,
    parse: (header: string) => {
      const [pair, ...attributes] = header.split(/;\s*/);
      const [name, value] = pair!.split('=');
      const parsed: Record<string, unknown> = { name, value };
      for (const attribute of attributes) {
        const [key, attributeValue] = attribute.split('=');
        if (key === 'Path') parsed.path = attributeValue;
        if (key === 'Expires') parsed.expires = new Date(attributeValue!);
        if (key === 'HttpOnly') parsed.httpOnly = true;
        if (key === 'Secure') parsed.secure = true;
        if (key === 'SameSite') parsed.sameSite = attributeValue!.toLowerCase();
      }
      return parsed;
    },
  };
  return { cookies: cookies as unknown as Cookies, set };
}

const sessionHeader =
  'tw_session=abc.def; Path=/; Expires=Sat, 28 Nov 2026 21:00:00 GMT; HttpOnly; SameSite=Lax';

describe('relaySetCookies', () => {
  it('hands the session cookie of a plain-http installation on exactly as the API set it', () => {
    const { cookies, set } = recordingCookies();
    relaySetCookies(new Response(null, { headers: { 'set-cookie': sessionHeader } }), cookies);
    expect(set).toHaveBeenCalledTimes(1);
    const [name, value, options] = set.mock.calls[0]!;
    expect([name, value]).toEqual(['tw_session', 'abc.def']);
    expect(options).toMatchObject({
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      // SvelteKit would add Secure by default, which a browser refuses over plain http.
      secure: false,
      expires: new Date('Sat, 28 Nov 2026 21:00:00 GMT'),
    });
    expect(options.encode('a.b')).toBe('a.b');
  });

  it('keeps Secure on the __Host- cookie of an https installation', () => {
    const { cookies, set } = recordingCookies();
    const header = `__Host-${sessionHeader}; Secure`;
    relaySetCookies(new Response(null, { headers: { 'set-cookie': header } }), cookies);
    expect(set.mock.calls[0]![0]).toBe('__Host-tw_session');
    expect(set.mock.calls[0]![2]).toMatchObject({ secure: true, httpOnly: true });
  });

  it('passes the blank cookie of a logout on, so the browser forgets the session', () => {
    const { cookies, set } = recordingCookies();
    const blank =
      'tw_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax';
    relaySetCookies(new Response(null, { status: 204, headers: { 'set-cookie': blank } }), cookies);
    expect(set.mock.calls[0]!.slice(0, 2)).toEqual(['tw_session', '']);
    expect(set.mock.calls[0]![2].expires).toEqual(new Date(0));
  });

  it('sets nothing when the API sets nothing', () => {
    const { cookies, set } = recordingCookies();
    relaySetCookies(Response.json({ stage: 'full' }), cookies);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('apiFor', () => {
  it('calls the API through the page’s fetch and relays the cookie of the answer', async () => {
    const { cookies, set } = recordingCookies();
    const fetch = vi.fn<typeof globalThis.fetch>(async () =>
      Response.json({ stage: 'totp' }, { headers: { 'set-cookie': sessionHeader } }),
    );
    const api = apiFor({ fetch, url: new URL('https://tenderwise.example/en/login'), cookies });

    const { data } = await api.POST('/api/v1/account/login', {
      body: { email: 'a@b.example', password: 'secret' },
    });

    expect(data).toEqual({ stage: 'totp' });
    const sent = fetch.mock.calls[0]![0] as Request;
    expect(sent.url).toBe('https://tenderwise.example/api/v1/account/login');
    expect(set.mock.calls[0]!.slice(0, 2)).toEqual(['tw_session', 'abc.def']);
  });
});

describe('hasSessionCookie', () => {
  it('recognises either name of the session cookie', () => {
    expect(hasSessionCookie(recordingCookies({ tw_session: 'x' }).cookies)).toBe(true);
    expect(hasSessionCookie(recordingCookies({ '__Host-tw_session': 'x' }).cookies)).toBe(true);
    expect(hasSessionCookie(recordingCookies({ other: 'x' }).cookies)).toBe(false);
  });
});
