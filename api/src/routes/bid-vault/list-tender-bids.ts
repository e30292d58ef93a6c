import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderBidsResponse, TenderTeamParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderBids } from '../../services/bid-opening/tender-bids.ts';

const listTenderBidsRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/bids',
  operationId: 'listTenderBids',
  tags: ['bids'],
  summary: 'List the tender’s bids',
  description:
    'For the team. Before the opening (`opened: false`) only the number of bids in force per ' +
    'lot: no ids, bidders, times or sizes, and late bids are not told apart (§ 55 (1) VgV). ' +
    'After the opening in the vault, or an import of the bids opened on the e-procurement ' +
    'platform (`opened: true`), the opened bids with bidder, time of receipt, late flag, total ' +
    'price and source.',
  problems: [404],
  request: { params: TenderTeamParams },
  responses: {
    200: {
      description: 'The counts, or the opened bids',
      content: { 'application/json': { schema: TenderBidsResponse } },
    },
  },
});

export function registerListTenderBids(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTenderBidsRoute, async (c) => {
    const bids = await listTenderBids({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(bids, 200);
  });
}
