import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSessionList, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listOpeningSessions } from '../../services/bid-opening/list-opening-sessions.ts';

const listOpeningSessionsRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/opening-sessions',
  operationId: 'listOpeningSessions',
  tags: ['bids'],
  summary: 'List the opening sessions of a tender',
  description:
    'For the team, newest first: the open one (at most one), the abandoned ones and the one ' +
    'that opened the bids, each as `getOpeningSession` shows it.',
  problems: [404],
  request: { params: TenderTeamParams },
  responses: {
    200: {
      description: 'The sessions',
      content: { 'application/json': { schema: OpeningSessionList } },
    },
  },
});

export function registerListOpeningSessions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOpeningSessionsRoute, async (c) => {
    const sessions = await listOpeningSessions({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json({ sessions }, 200);
  });
}
