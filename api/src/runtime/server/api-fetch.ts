import type { Hono } from 'hono';
import type { AppEnv } from '../../http/env.ts';

/**
 * The key under which the web front end's server finds the API. A registry symbol, so that the
 * SvelteKit build can look it up without importing anything from this package.
 */
export const apiFetchKey = Symbol.for('tenderwise.apiFetch');

/** Runs one request through the API in this process, as the browser at `clientAddress`. */
export type ApiFetch = (request: Request, context: { clientAddress: string }) => Promise<Response>;

/**
 * Publishes the in-process API for server-side page loads: no network hop, the user's cookies
 * travel in the request's headers, and the browser's address reaches `clientAddressOf`.
 * Returns a function that withdraws it again (only if it is still this one).
 *
 * The request runs through the whole app, cross-site request check included: an unsafe request
 * with the user's session cookie must say where it comes from (`Sec-Fetch-Site: same-origin`, or
 * an `Origin` equal to PUBLIC_ORIGIN), as a browser's would. The caller is our own web server,
 * which sets these headers itself from the browser request it serves and never copies the
 * browser's otherwise (web/src/lib/server/api-fetch.ts); no browser can reach this function or
 * set `Sec-Fetch-*` on a request. In-process requests are not trusted merely for being
 * in-process: what to state is decided per browser request, where that request is known.
 */
export function publishApiFetch(app: Hono<AppEnv>): () => void {
  const apiFetch: ApiFetch = async (request, { clientAddress }) =>
    app.fetch(request, { clientAddress });
  const registry = globalThis as Record<symbol, unknown>;
  registry[apiFetchKey] = apiFetch;
  return () => {
    if (registry[apiFetchKey] === apiFetch) delete registry[apiFetchKey];
  };
}
