import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSession, OpeningSessionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOpeningSession } from '../../services/bid-opening/get-opening-session.ts';

const getOpeningSessionRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/opening-sessions/{sessionId}',
  operationId: 'getOpeningSession',
  tags: ['bids'],
  summary: 'Read an opening session',
  description:
    'For the team. The state, who started it and when, who confirmed their presence (name, ' +
    'capacity, time), the threshold and whether the bids can be opened now (`canOpen`). ' +
    'Unlocked key shares are held in the server’s memory only, for 30 minutes: ' +
    '`shareHeld: false` for a present holder means their share is no longer held (the server ' +
    'restarted or the time passed), and they confirm their presence again.',
  problems: [404],
  request: { params: OpeningSessionParams },
  responses: {
    200: {
      description: 'The session',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerGetOpeningSession(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getOpeningSessionRoute, async (c) => {
    const session = await getOpeningSession({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 200);
  });
}
