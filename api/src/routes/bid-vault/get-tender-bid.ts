import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderBid, TenderBidParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTenderBid } from '../../services/bid-opening/tender-bids.ts';

const getTenderBidRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/bids/{bidId}',
  operationId: 'getTenderBid',
  tags: ['bids'],
  summary: 'Read an opened bid',
  description:
    'For the team, after the opening: the opened content with its receipt data (for bids in the ' +
    'vault). Before the opening 404, exactly like an id that does not exist (§ 55 (1) VgV).',
  problems: [404],
  request: { params: TenderBidParams },
  responses: {
    200: {
      description: 'The opened bid',
      content: { 'application/json': { schema: TenderBid } },
    },
  },
});

export function registerGetTenderBid(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getTenderBidRoute, async (c) => {
    const bid = await getTenderBid({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(bid, 200);
  });
}
