import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidContent, BidParams, BidReceipt, IdempotencyHeaders } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { changeBid } from '../../services/bids/change-bid.ts';
import { idempotentRequest } from '../../services/bids/idempotency.ts';
import { bidMaxBodyBytes } from './body-limits.ts';
import { idempotencyDescription, replayedHeader } from './idempotency.ts';

const changeBidRoute = defineRoute({
  method: 'put',
  path: '/bids/{bidId}',
  operationId: 'changeBid',
  tags: ['bids'],
  summary: 'Change your bid',
  description:
    'For the bid’s own vendor (signed in, or an API key with scope `bids:submit`): the body is ' +
    'the complete new content, sealed to the tender’s key like a submission. The receipt has ' +
    '`submission` one more than the last; earlier versions stay stored, the opening opens the ' +
    'last one. Possible until the bids are opened; after the deadline the change is stored and ' +
    'flagged `late` (§ 57 (1) Nr. 1 VgV). A withdrawn bid cannot be changed (409). Another ' +
    'vendor’s bid is not found (404). ' +
    idempotencyDescription,
  problems: [404, 409],
  maxBodyBytes: bidMaxBodyBytes,
  request: {
    params: BidParams,
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: BidContent } } },
  },
  responses: {
    200: {
      description: 'The receipt of the new version',
      content: { 'application/json': { schema: BidReceipt } },
    },
  },
});

export function registerChangeBid(router: OpenAPIHono<AppEnv>) {
  return router.openapi(changeBidRoute, async (c) => {
    const params = c.req.valid('param');
    const content = c.req.valid('json');
    const { receipt, replayed } = await changeBid({
      ctx: await serviceContextOf(c),
      input: {
        ...params,
        content,
        idempotency: idempotentRequest(c.req.valid('header')['idempotency-key'], {
          operationId: 'changeBid',
          params,
          body: content,
        }),
      },
    });
    c.header('cache-control', 'no-store');
    replayedHeader(c, replayed);
    return c.json(receipt, 200);
  });
}
