import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidContent, BidLotParams, BidReceipt, IdempotencyHeaders } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { submitBid } from '../../services/bids/submit-bid.ts';
import { idempotentRequest } from '../../services/bids/idempotency.ts';
import { bidMaxBodyBytes } from './body-limits.ts';
import { idempotencyDescription, replayedHeader } from './idempotency.ts';

const submitBidRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/lots/{lotNumber}/bids',
  operationId: 'submitBid',
  tags: ['bids'],
  summary: 'Submit a bid for a lot',
  description:
    'For vendors (signed in, or an API key with scope `bids:submit`), on a published tender ' +
    'whose bids come to this installation (`bidIntake: vault`). The content is encrypted to the ' +
    'tender’s key before it is stored; nobody can read it before the joint opening after the ' +
    'deadline (§ 55 VgV), and the authority sees only how many bids a lot has. Answers name ' +
    'criteria of the lot’s current scheme version (422 with a pointer otherwise). One bid in ' +
    'force per vendor and lot (409: change or withdraw it). A bid after the deadline is stored ' +
    'and flagged `late`, never refused (§ 57 (1) Nr. 1 VgV), until the bids are opened. ' +
    'The receipt’s `receivedAt` is the database’s time at the ' +
    'commit, to the millisecond; keep the receipt: `sealedSha256` is checked at the opening. ' +
    idempotencyDescription,
  problems: [404, 409],
  maxBodyBytes: bidMaxBodyBytes,
  request: {
    params: BidLotParams,
    headers: IdempotencyHeaders,
    body: { content: { 'application/json': { schema: BidContent } } },
  },
  responses: {
    201: {
      description: 'The receipt',
      content: { 'application/json': { schema: BidReceipt } },
    },
  },
});

export function registerSubmitBid(router: OpenAPIHono<AppEnv>) {
  return router.openapi(submitBidRoute, async (c) => {
    const params = c.req.valid('param');
    const content = c.req.valid('json');
    const { receipt, replayed } = await submitBid({
      ctx: await serviceContextOf(c),
      input: {
        ...params,
        content,
        idempotency: idempotentRequest(c.req.valid('header')['idempotency-key'], {
          operationId: 'submitBid',
          params,
          body: content,
        }),
      },
    });
    c.header('cache-control', 'no-store');
    replayedHeader(c, replayed);
    return c.json(receipt, 201);
  });
}
