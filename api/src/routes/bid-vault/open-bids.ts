import type { OpenAPIHono } from '@hono/zod-openapi';
import { OpeningSession, OpeningSessionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { openBids } from '../../services/bid-opening/open-bids.ts';

const openBidsRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/opening-sessions/{sessionId}/opening',
  operationId: 'openBids',
  tags: ['bids'],
  summary: 'Open the bids',
  description:
    'For a holder present in the open session. Needs the held shares of at least two different ' +
    'holders (§ 55 (1) VgV; 409 otherwise, recorded). Every bid in force is opened from its ' +
    'latest submission after its sealed bytes are checked against the receipt’s SHA-256; the ' +
    'opening record (Niederschrift, § 55 (2) VgV) lists every bid with its check, late bids ' +
    'flagged. The tender moves to `opened`; the key and the shares are wiped.',
  problems: [404, 409],
  request: { params: OpeningSessionParams },
  responses: {
    200: {
      description: 'The session, opened',
      content: { 'application/json': { schema: OpeningSession } },
    },
  },
});

export function registerOpenBids(router: OpenAPIHono<AppEnv>) {
  return router.openapi(openBidsRoute, async (c) => {
    const session = await openBids({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(session, 200);
  });
}
