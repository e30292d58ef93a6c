import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import {
  defaultApiOrigin,
  fetchFromApi,
  findInProcessApi,
  isOwnApiRequest,
  withoutCookies,
} from '#lib/server/api-fetch.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';

/**
 * Renders every page in the language its address names and writes it into <html lang>. The
 * route itself is found by `reroute` in hooks.ts, so the request passes on unchanged.
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', locale),
    }),
  );

/** Routes server-side calls to /api; the contract is described in #lib/server/api-fetch.ts. */
export const handleFetch: HandleFetch = ({ event, request, fetch }) => {
  const requestUrl = new URL(request.url);
  if (isOwnApiRequest(requestUrl, event.url.origin)) {
    return fetchFromApi(request, event, {
      // Read per request: the production server may publish its handler after importing ours.
      inProcessApi: findInProcessApi(),
      apiOrigin: process.env.API_ORIGIN ?? defaultApiOrigin,
      networkFetch: globalThis.fetch,
    });
  }
  if (requestUrl.origin !== event.url.origin) return fetch(withoutCookies(request));
  return fetch(request);
};
