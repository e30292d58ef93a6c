import type { OpenAPIHono } from '@hono/zod-openapi';
import { OwnSessionsResponse } from '@tenderwise/schema';
import { listOwnSessions } from '../../services/sessions/list-own-sessions.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf } from './session.ts';

const listOwnSessionsRoute = defineRoute({
  method: 'get',
  path: '/sessions',
  operationId: 'listOwnSessions',
  tags: ['account'],
  summary: 'List where I am logged in',
  description:
    'The live sessions of the signed-in user, the one of this request marked `current`. ' +
    'No secret and no IP address is shown.',
  responses: {
    200: {
      description: 'The live sessions, newest first as stored',
      content: { 'application/json': { schema: OwnSessionsResponse } },
    },
  },
});

export function registerListOwnSessions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOwnSessionsRoute, async (c) => {
    noStore(c);
    const sessions = await listOwnSessions({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c) },
    });
    return c.json(
      {
        sessions: sessions.map((session) => ({
          id: session.id,
          createdAt: new Date(session.created_at).toISOString(),
          lastSeenAt: new Date(session.last_seen_at).toISOString(),
          userAgent: session.user_agent,
          current: session.current,
        })),
      },
      200,
    );
  });
}
