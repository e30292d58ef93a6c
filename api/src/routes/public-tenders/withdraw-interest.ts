import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderParams, TenderInterestResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { withdrawTenderInterest } from '../../services/public-tenders/withdraw-tender-interest.ts';

const route = defineRoute({
  method: 'delete',
  path: '/{tenderId}/interest',
  operationId: 'withdrawTenderInterest',
  tags: ['public-tenders'],
  summary: 'Withdraw interest in a published tender',
  description:
    'For vendors’ users and API keys with `tenders:read`: the organisation no longer receives the tender’s notices. Idempotent.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'Interest is withdrawn',
      content: { 'application/json': { schema: TenderInterestResponse } },
    },
  },
});

export function registerWithdrawTenderInterest(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await withdrawTenderInterest({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
