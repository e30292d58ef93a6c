import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { createApiClient, type ApiClient } from '#lib/api/client.ts';

/** The names the API gives its session cookie (with the `__Host-` prefix on https). */
export const sessionCookieNames = ['__Host-tw_session', 'tw_session'] as const;

/** Whether the browser sent a session cookie at all (nobody signed in otherwise). */
export function hasSessionCookie(cookies: Pick<Cookies, 'get'>): boolean {
  return sessionCookieNames.some((name) => cookies.get(name) !== undefined);
}

/**
 * The typed API client for a page's server code: requests run through `event.fetch` (and so the
 * `handleFetch` hook, with the user's cookie) and every `Set-Cookie` the API answers is handed
 * on to the browser.
 *
 * SvelteKit applies Set-Cookie only from fetches it answers itself (its own routes); answers the
 * hook produces (our API, in-process or over the network) keep theirs to themselves. Pages need
 * them: signing in happens in form actions, so the page works without JavaScript, and the
 * session the API creates there must reach the browser; so must the blank cookie the API sends
 * on logout or for a session that has ended.
 */
export function apiFor(event: Pick<RequestEvent, 'fetch' | 'url' | 'cookies'>): ApiClient {
  const relaying: typeof fetch = async (input, init) => {
    const response = await event.fetch(input, init);
    relaySetCookies(response, event.cookies);
    return response;
  };
  return createApiClient(relaying, event.url.origin);
}

/** Copies each Set-Cookie of an API answer to the page's answer, attribute for attribute. */
export function relaySetCookies(response: Response, cookies: Cookies): void {
  for (const header of response.headers.getSetCookie()) {
    const { name, value, ...attributes } = cookies.parse(header, { decode: (text) => text });
    if (!name) continue;
    cookies.set(name, value ?? '', {
      ...attributes,
      path: attributes.path ?? '/',
      // SvelteKit's defaults differ (Secure on plain http, for one): only the API's attributes.
      httpOnly: attributes.httpOnly ?? false,
      secure: attributes.secure ?? false,
      // The API's tokens need no encoding, and the value must reach the API byte for byte.
      encode: (text) => text,
    });
  }
}
