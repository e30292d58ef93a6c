import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidParams, BidWithdrawalReceipt, IdempotencyHeaders } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { withdrawBid } from '../../services/bids/change-bid.ts';
import { idempotentRequest } from '../../services/bids/idempotency.ts';
import { idempotencyDescription, replayedHeader } from './idempotency.ts';

const withdrawBidRoute = defineRoute({
  method: 'post',
  path: '/bids/{bidId}/withdrawal',
  operationId: 'withdrawBid',
  tags: ['bids'],
  summary: 'Withdraw your bid',
  description:
    'For the bid’s own vendor (signed in, or an API key with scope `bids:submit`), once, until ' +
    'the bids are opened: the bid stays stored, sealed, and is not opened. The receipt names ' +
    'the moment the database committed the withdrawal. A second withdrawal is refused (409); ' +
    'another vendor’s bid is not found (404). ' +
    idempotencyDescription,
  problems: [404, 409],
  request: { params: BidParams, headers: IdempotencyHeaders },
  responses: {
    201: {
      description: 'The receipt of the withdrawal',
      content: { 'application/json': { schema: BidWithdrawalReceipt } },
    },
  },
});

export function registerWithdrawBid(router: OpenAPIHono<AppEnv>) {
  return router.openapi(withdrawBidRoute, async (c) => {
    const params = c.req.valid('param');
    const { receipt, replayed } = await withdrawBid({
      ctx: await serviceContextOf(c),
      input: {
        ...params,
        idempotency: idempotentRequest(c.req.valid('header')['idempotency-key'], {
          operationId: 'withdrawBid',
          params,
          body: null,
        }),
      },
    });
    c.header('cache-control', 'no-store');
    replayedHeader(c, replayed);
    return c.json(receipt, 201);
  });
}
