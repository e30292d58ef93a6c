/**
 * How server-side loads reach the Tenderwise API.
 *
 * Loads call `event.fetch('/api/...')` on this application's own origin. SvelteKit passes every
 * such call through the `handleFetch` hook, which hands requests for this origin under `/api/`
 * to {@link fetchFromApi}:
 *
 * - In production the API and this application run in one process. That server publishes the
 *   API's request handler as `globalThis[Symbol.for('tenderwise.apiFetch')]`, a function
 *   `(request: Request, context: { clientAddress: string }) => Promise<Response>`. The request
 *   is answered in-process, without a network hop, and carries the user's `cookie` and
 *   `accept-language` headers; `clientAddress` is the user's address as SvelteKit sees it.
 * - In development the API runs in its own process. The request is sent to the same path on
 *   `API_ORIGIN` (default `http://127.0.0.1:3000`) with the user's `cookie` and
 *   `accept-language` headers.
 *
 * Requests to any other origin never carry the user's cookies. Set-Cookie headers in API answers
 * are not passed on to the browser: sessions are created and renewed by the browser's own calls
 * to /api, never by server-side loads.
 */

/** The global under which the one-process production server publishes the API's handler. */
export const inProcessApiKey = Symbol.for('tenderwise.apiFetch');

export const defaultApiOrigin = 'http://127.0.0.1:3000';

export type InProcessApi = (
  request: Request,
  context: { clientAddress: string },
) => Promise<Response>;

/** The parts of SvelteKit's RequestEvent this module needs. */
export interface IncomingRequest {
  url: URL;
  request: Request;
  getClientAddress(): string;
}

export interface ApiRoute {
  /** The production server's in-process API, when there is one. */
  inProcessApi: InProcessApi | undefined;
  /** Where the API listens when it runs in its own process. */
  apiOrigin: string;
  /** Sends a request over the network. */
  networkFetch: typeof fetch;
}

/** Reads the handler the production server published, if any. */
export function findInProcessApi(): InProcessApi | undefined {
  const candidate: unknown = (globalThis as Record<symbol, unknown>)[inProcessApiKey];
  return typeof candidate === 'function' ? (candidate as InProcessApi) : undefined;
}

/** The API is served under /api on this application's origin. */
export function isOwnApiRequest(requestUrl: URL, ownOrigin: string): boolean {
  return requestUrl.origin === ownOrigin && requestUrl.pathname.startsWith('/api/');
}

/** Answers a request for this origin's /api from the in-process API or the API process. */
export async function fetchFromApi(
  request: Request,
  incoming: IncomingRequest,
  route: ApiRoute,
): Promise<Response> {
  const requestUrl = new URL(request.url);
  if (route.inProcessApi) {
    const forwarded = await withUserHeaders(request, requestUrl, incoming.request);
    return route.inProcessApi(forwarded, { clientAddress: incoming.getClientAddress() });
  }
  const target = new URL(requestUrl.pathname + requestUrl.search, route.apiOrigin);
  return route.networkFetch(await withUserHeaders(request, target, incoming.request));
}

/** Sends a request to another origin without the user's cookies. */
export function withoutCookies(request: Request): Request {
  const headers = new Headers(request.headers);
  headers.delete('cookie');
  return new Request(request, { headers, credentials: 'omit' });
}

async function withUserHeaders(request: Request, target: URL, incoming: Request): Promise<Request> {
  const headers = new Headers(request.headers);
  for (const name of ['cookie', 'accept-language']) {
    const value = incoming.headers.get(name);
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(target, {
    method: request.method,
    headers,
    // Bodies from server-side loads are small; buffering avoids streaming-body rules of fetch.
    body: hasBody ? await request.arrayBuffer() : null,
    signal: request.signal,
    // A redirect could lead anywhere; it goes back to the caller instead of being followed with
    // the user's cookies attached.
    redirect: 'manual',
  });
}
