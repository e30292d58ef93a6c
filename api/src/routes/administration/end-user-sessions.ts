import type { OpenAPIHono } from '@hono/zod-openapi';
import { UserParams } from '@tenderwise/schema';
import { endUserSessions } from '../../services/sessions/end-user-sessions.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const endUserSessionsRoute = defineRoute({
  method: 'delete',
  path: '/users/{userId}/sessions',
  operationId: 'endUserSessions',
  tags: ['administration'],
  summary: 'End all sessions of a user',
  description:
    'For a lost laptop or a suspected break-in: every session of the user ends at once, and ' +
    'their next request is anonymous. The account itself stays usable.',
  request: { params: UserParams },
  responses: {
    204: { description: 'The user has no session any more' },
  },
});

export function registerEndUserSessions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(endUserSessionsRoute, async (c) => {
    await endUserSessions({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
