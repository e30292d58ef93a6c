import type { RequestListener } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import type { Logger } from '../logger.ts';
import { pageRequests, pathOf } from './page-requests.ts';
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
 * its response completely; `pageRequests` gives pages the request id and access log.
 */
export function serverRequestListener(options: {
  app: Hono<AppEnv>;
  web: NodeHandler | undefined;
  logger: Logger;
}): RequestListener {
  // SvelteKit runs in this process too and builds its own Request and Response objects: keep
  // the adapter from swapping the global classes under it for its lightweight ones.
  const api = getRequestListener(options.app.fetch, { overrideGlobalObjects: false });
  const pages = pageRequests(options.web ?? webNotBuilt, options.logger);
  return (request, response) => {
    if (isApiPath(pathOf(request))) void api(request, response);
    else pages(request, response);
  };
}
