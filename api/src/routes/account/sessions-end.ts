import type { OpenAPIHono } from '@hono/zod-openapi';
import { SessionIdParam } from '@tenderwise/schema';
import { endOwnSession } from '../../services/sessions/end-own-session.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf } from './session.ts';

const endOwnSessionRoute = defineRoute({
  method: 'delete',
  path: '/sessions/{sessionId}',
  operationId: 'endOwnSession',
  tags: ['account'],
  summary: 'End one of my sessions',
  description:
    'Logs out a session of the signed-in user, e.g. one left open elsewhere (the current one ' +
    "too). Another user's session answers 404, like one that does not exist.",
  request: { params: SessionIdParam },
  responses: { 204: { description: 'The session has ended' } },
});

export function registerEndOwnSession(router: OpenAPIHono<AppEnv>) {
  return router.openapi(endOwnSessionRoute, async (c) => {
    noStore(c);
    await endOwnSession({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c), sessionId: c.req.valid('param').sessionId },
    });
    return c.body(null, 204);
  });
}
