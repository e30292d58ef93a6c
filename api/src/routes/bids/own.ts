import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidParams, OwnBid, OwnBidList, OwnBidListQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOwnBid, listOwnBids } from '../../services/bids/own-bids.ts';

const sealedNote =
  'The content is sealed to the tender’s key and cannot be shown before the opening, not even ' +
  'to the bidder: keep your own copy. Nothing about other vendors’ bids is ever shown, not even ' +
  'how many there are.';

const listOwnBidsRoute = defineRoute({
  method: 'get',
  path: '/vendor/bids',
  operationId: 'listOwnBids',
  tags: ['bids'],
  summary: 'List your own bids',
  description:
    'For vendors (signed in, or an API key with scope `bids:submit`): your organisation’s bids ' +
    'in the vault, the newest first, optionally of one tender (`tenderId`), with the tender’s ' +
    'reference and title, the lot, whether the bid is in force or withdrawn, every receipt and, ' +
    'once the bids were opened (§ 55 VgV), when. ' +
    sealedNote,
  request: { query: OwnBidListQuery },
  responses: {
    200: {
      description: 'Your bids',
      content: { 'application/json': { schema: OwnBidList } },
    },
  },
});

const getOwnBidRoute = defineRoute({
  method: 'get',
  path: '/bids/{bidId}',
  operationId: 'getOwnBid',
  tags: ['bids'],
  summary: 'Get your own bid',
  description:
    'For the bid’s own vendor (signed in, or an API key with scope `bids:submit`): the bid with ' +
    'its tender, lot, state and every receipt. Another vendor’s bid is not found (404). ' +
    sealedNote,
  problems: [404],
  request: { params: BidParams },
  responses: {
    200: {
      description: 'The bid',
      content: { 'application/json': { schema: OwnBid } },
    },
  },
});

export function registerOwnBids(router: OpenAPIHono<AppEnv>) {
  router.openapi(listOwnBidsRoute, async (c) => {
    const bids = await listOwnBids({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(bids, 200);
  });
  return router.openapi(getOwnBidRoute, async (c) => {
    const bid = await getOwnBid({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.json(bid, 200);
  });
}
