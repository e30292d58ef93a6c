import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderParams, TenderInterestResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { registerTenderInterest } from '../../services/public-tenders/register-tender-interest.ts';

const route = defineRoute({
  method: 'put',
  path: '/{tenderId}/interest',
  operationId: 'registerTenderInterest',
  tags: ['public-tenders'],
  summary: 'Register interest in a published tender',
  description:
    'For vendors’ users and API keys with `tenders:read`, while the submission period runs: the organisation receives the tender’s notices (corrections, answers, a cancellation). Idempotent.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'Interest is registered',
      content: { 'application/json': { schema: TenderInterestResponse } },
    },
  },
});

export function registerRegisterTenderInterest(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await registerTenderInterest({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
