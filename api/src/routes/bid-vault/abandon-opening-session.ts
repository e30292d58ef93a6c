import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSession, OpeningSessionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { abandonOpeningSession } from '../../services/bid-opening/abandon-opening-session.ts';

const abandonOpeningSessionRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/opening-sessions/{sessionId}/abandonment',
  operationId: 'abandonOpeningSession',
  tags: ['bids'],
  summary: 'Abandon an opening session',
  description:
    'For the opening officers and deputies, while the session is open. The shares held for it ' +
    'are wiped; the bids stay sealed and a new session may be started.',
  problems: [404, 409],
  request: { params: OpeningSessionParams },
  responses: {
    200: {
      description: 'The session, abandoned',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerAbandonOpeningSession(router: OpenAPIHono<AppEnv>) {
  return router.openapi(abandonOpeningSessionRoute, async (c) => {
    const session = await abandonOpeningSession({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 200);
  });
}
