import type { Hono, NotFoundHandler } from 'hono';
import { allowedMethodsOf } from './allowed-methods.ts';
import type { AppEnv } from './env.ts';
import { sendProblem } from './problem.ts';

/**
 * Runs when no route matched the method and path: a known path with another method gets 405 and
 * an Allow header (RFC 9110 § 15.5.6), OPTIONS on a known path gets 204 with Allow, and
 * anything else 404.
 */
export function notFoundHandler(app: Hono<AppEnv>): NotFoundHandler<AppEnv> {
  const allowedMethods = allowedMethodsOf(app);
  return (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return sendProblem(c, 'not-found');
    const allow = allowed.join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { Allow: allow });
    return sendProblem(c, 'method-not-allowed', { headers: { Allow: allow } });
  };
}
