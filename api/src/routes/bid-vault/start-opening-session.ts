import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSession, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { startOpeningSession } from '../../services/bid-opening/start-opening-session.ts';

const startOpeningSessionRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/opening-sessions',
  operationId: 'startOpeningSession',
  tags: ['bids'],
  summary: 'Start the joint opening of the bids in the vault',
  description:
    'For the opening officers and deputies of a tender whose bids come to the vault, once the ' +
    'submission deadline has passed (§ 55 (1) VgV; 409 before, recorded). Closes the submission: ' +
    'the tender moves to `submissionClosed`. One open session per tender (409 while one is ' +
    'open). The holders then confirm their presence with their opening passphrases and open.',
  problems: [404, 409],
  request: { params: TenderTeamParams },
  responses: {
    201: {
      description: 'The session, open',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerStartOpeningSession(router: OpenAPIHono<AppEnv>) {
  return router.openapi(startOpeningSessionRoute, async (c) => {
    const session = await startOpeningSession({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 201);
  });
}
