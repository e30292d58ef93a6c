import type { OpenAPIHono } from '@hono/zod-openapi';
import { RecommendationRequest, RecommendationResponse } from '@tenderwise/schema';
import { recommendCriteria } from '../../services/catalogue/recommend-criteria.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const recommendRoute = defineRoute({
  method: 'post',
  path: '/recommendations',
  operationId: 'recommendCriteria',
  tags: ['catalogue'],
  summary: 'Recommend criteria for a buyer context',
  description:
    "Applies the recommendation rules to the buyer's context (data classes, NIS2, KRITIS, " +
    'sector, service model, AI workloads, contract value) and answers with the rules that ' +
    'apply, each with its reason and sources, and the union of recommended criteria (with ' +
    'their legal types), minimum SEAL levels and contract conditions. A criterion is a `duty` ' +
    'when any rule requiring it is a legal duty, otherwise `advice`. Nothing is stored.',
  request: {
    body: { content: { 'application/json': { schema: RecommendationRequest } } },
  },
  responses: {
    200: {
      description: 'The recommendations',
      content: { 'application/json': { schema: RecommendationResponse } },
    },
  },
});

export function registerRecommend(router: OpenAPIHono<AppEnv>) {
  return router.openapi(recommendRoute, async (c) => {
    const answer = await recommendCriteria({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(answer, 200);
  });
}
