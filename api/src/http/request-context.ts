import type { MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv, HttpOptions } from './env.ts';
import { offThreadBodyBytes } from './off-thread.ts';
import { requestIdFor, requestIdHeader } from './request-id.ts';

/**
 * First middleware of every request: fixes its id, binds a logger to it so that every log line
 * of the request carries the id, and exposes the app's dependencies to handlers.
 */
export function requestContext(
  deps: AppDeps,
  strictResponses: boolean,
  options: Pick<HttpOptions, 'offThreadBodyBytes'> = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = requestIdFor(c.req.header(requestIdHeader));
    c.set('requestId', requestId);
    c.set('logger', deps.logger.child({ requestId }));
    c.set('deps', deps);
    c.set('strictResponses', strictResponses);
    c.set('offThreadBodyBytes', options.offThreadBodyBytes ?? offThreadBodyBytes);
    await next();
    // Set after the fact: the response may have been built by the error or not-found handler.
    c.header(requestIdHeader, requestId);
  };
}
