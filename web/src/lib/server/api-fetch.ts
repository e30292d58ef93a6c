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
 *   is answered in-process, without a network hop, and carries the user's `cookie`,
 *   `accept-language` and `user-agent` headers; `clientAddress` is the user's address as
 *   SvelteKit sees it.
 * - In development the API runs in its own process. The request is sent to the same path on
 *   `API_ORIGIN` (default `http://127.0.0.1:3000`) with the user's `cookie`, `accept-language`,
 *   `user-agent` and `x-forwarded-for` headers.
 *
 * Requests to any other origin never carry the user's cookies. This layer passes no Set-Cookie
 * of an API answer on to the browser; the form actions that sign in or change the session do so
 * explicitly, through `#lib/server/api.ts`.
 *
 * Cross-site request protection. The API refuses an unsafe request with the session cookie unless
 * `Sec-Fetch-Site` says `same-origin` (or, without it, `Origin` is PUBLIC_ORIGIN). Our own calls
 * carry the user's cookie, so they state where they come from, and a browser cannot forge that:
 *
 * - The statement is made here, on our server. The browser's own `Sec-Fetch-*` and `Origin` never
 *   pass through as they are, and whatever a load or action put into those headers is replaced.
 *   (`Sec-Fetch-*` are forbidden header names: no page script can set them, only the browser.)
 * - Calls made while serving a safe request (GET, HEAD: rendering a page) say `same-origin`: the
 *   page request itself changes nothing, whoever linked to it (an e-mail, a bookmark, another
 *   site), and what its load sends is our code's choice, not the browser's. Loads must therefore
 *   never call an operation that changes something; the API's "no state-changing GET" rule holds
 *   for the pages too.
 * - Calls made while serving an unsafe request (a form action, a POST to a server route) carry
 *   the browser's own `Sec-Fetch-Site` and `Origin` of that request, so the API judges the
 *   browser's request exactly as if it had been sent to the API directly. SvelteKit's origin check
 *   has refused cross-site form posts before they get here already; this covers every other
 *   content type as well.
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

/** Headers that say where a request comes from; see "Cross-site request protection" above. */
const provenanceHeaders = [
  'sec-fetch-site',
  'sec-fetch-mode',
  'sec-fetch-dest',
  'sec-fetch-user',
  'origin',
];

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/**
 * Where a call to the API comes from, as the API should judge it: `same-origin` while rendering
 * a page (a safe request), else the browser's own statement about the request being served.
 */
export function provenanceOf(incoming: Request): Record<string, string> {
  if (safeMethods.has(incoming.method)) return { 'sec-fetch-site': 'same-origin' };
  const provenance: Record<string, string> = {};
  for (const name of ['sec-fetch-site', 'origin']) {
    const value = incoming.headers.get(name);
    if (value !== null) provenance[name] = value;
  }
  return provenance;
}

async function withUserHeaders(request: Request, target: URL, incoming: Request): Promise<Request> {
  const headers = new Headers(request.headers);
  // X-Forwarded-For too: behind a proxy, `clientAddress` is the proxy's, and the API (which
  // believes the header only from TRUSTED_PROXIES) finds the browser's address in it. The
  // browser's User-Agent is what the API records for a session it creates on sign-in, for the
  // list of one's sessions; without it every session was an unknown browser.
  for (const name of ['cookie', 'accept-language', 'x-forwarded-for', 'user-agent']) {
    const value = incoming.headers.get(name);
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
  for (const name of provenanceHeaders) headers.delete(name);
  for (const [name, value] of Object.entries(provenanceOf(incoming))) headers.set(name, value);
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
