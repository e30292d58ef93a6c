import type { RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Config } from '../../config.ts';
import type { AppEnv } from '../../http/env.ts';
import type { Logger } from '../../logger.ts';
import { pageRequests, pathOf } from './page-requests.ts';
import { withSecurityHeaders } from './page-security-headers.ts';
import type { NodeHandler } from './web-handler.ts';
import { webNotBuilt } from './web-not-built.ts';

/** `/api` and everything below it belongs to the API, including paths it does not know. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The one request listener of the production server: API paths go to the Hono app, everything
 * else to the web front end's node handler (or to a notice that it is not built).
 *
 * The split happens here, at the Node level, rather than inside Hono with `c.env.outgoing` and
 * RESPONSE_ALREADY_SENT: any Hono middleware that touches the response after `next()` (our
 * request id, later security headers) makes @hono/node-server write the head a second time and
 * fail with ERR_HTTP_HEADERS_SENT once the node handler has answered. Kept apart, each side owns
 * its response completely; `pageRequests` gives pages the request id and access log, and
 * `withSecurityHeaders` gives every answer of either side its security headers.
 */
export function serverRequestListener(options: {
  app: Hono<AppEnv>;
  web: NodeHandler | undefined;
  logger: Logger;
  /** Decides HSTS and the session cookie's name for the security headers; plain http if absent. */
  config?: Pick<Config, 'publicOrigin'>;
}): RequestListener {
  // SvelteKit runs in this process too and builds its own Request and Response objects: keep
  // the adapter from swapping the global classes under it for its lightweight ones.
  const api = getRequestListener(
    (request, env) => options.app.fetch(standardRequest(request), env),
    { overrideGlobalObjects: false },
  );
  const pages = pageRequests(options.web ?? webNotBuilt, options.logger);
  return withSecurityHeaders(
    (request, response) => {
      if (isApiPath(pathOf(request))) void api(request, response);
      else pages(request, response);
    },
    options.config ?? { publicOrigin: 'http://localhost' },
  );
}

/**
 * Without its global override, the adapter hands Hono a lightweight request object that the
 * platform's `Request` constructor cannot copy; Hono's body limit does exactly that for bodies
 * without Content-Length (chunked, or a POST with none), which then failed with a 500. Requests
 * that can carry a body are rebuilt as standard ones, streaming the same body.
 */
export function standardRequest(request: Request): Request {
  if (request.method === 'GET' || request.method === 'HEAD') return request;
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: request.signal,
    duplex: 'half',
  } as RequestInit);
}
