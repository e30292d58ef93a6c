import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.ts';

/**
 * One line per request. Deliberately without query string, headers or body: those carry
 * credentials and bid contents. The request id comes with the request's logger.
 */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // The matched endpoint, not the middleware patterns that also matched; absent on 404/405.
      const route = matchedRoutes(c).findLast((candidate) => candidate.method !== 'ALL')?.path;
      c.get('logger').info(
        {
          method: c.req.method,
          route,
          path: c.req.path,
          status: c.res.status,
          durationMs: Math.round((performance.now() - started) * 100) / 100,
        },
        'request',
      );
    }
  };
}
