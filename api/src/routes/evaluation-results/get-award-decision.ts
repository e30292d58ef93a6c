import type { OpenAPIHono } from '@hono/zod-openapi';
import { AwardDecision, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getAwardDecision } from '../../services/evaluation-results/get-award-decision.ts';

const getAwardDecisionRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/award-decision',
  operationId: 'getAwardDecision',
  tags: ['evaluation'],
  summary: 'Read the award decision',
  description: 'For the team from the opening on. 404 while the tender has none.',
  problems: [404],
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The award decision',
      content: { 'application/json': { schema: AwardDecision } },
    },
  },
});

export function registerGetAwardDecision(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getAwardDecisionRoute, async (c) => {
    const decision = await getAwardDecision({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(decision, 200);
  });
}
