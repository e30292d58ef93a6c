import type { OpenAPIHono } from '@hono/zod-openapi';
import { logout } from '../../services/sessions/logout.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { UnauthenticatedError } from '../../domain/errors.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { clearSessionCookie, noStore, sessionTokenOf } from './session.ts';

const logoutRoute = defineRoute({
  method: 'post',
  path: '/logout',
  operationId: 'logout',
  tags: ['account'],
  summary: 'Log out',
  description:
    'Ends the session of the cookie in the database and clears the cookie. Sending the same ' +
    'cookie again gets 401: an ended session never comes back.',
  responses: {
    204: {
      description: 'Logged out; the cookie is cleared',
      headers: { 'set-cookie': { description: 'The blank cookie', schema: { type: 'string' } } },
    },
  },
});

export function registerLogout(router: OpenAPIHono<AppEnv>) {
  return router.openapi(logoutRoute, async (c) => {
    noStore(c);
    const ended = await logout({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c) },
    });
    // Ended by a concurrent request between the guard and here: still not logged in twice.
    if (!ended) throw new UnauthenticatedError('Please log in.');
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
