import type { OpenAPIHono } from '@hono/zod-openapi';
import { RankOrderWeightsRequest, WeightsResponse, weightsExamples } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { weighByRankOrder } from '../../services/analysis/weigh-by-rank-order.ts';

const rankOrderRoute = defineRoute({
  method: 'post',
  path: '/rank-order-centroid',
  operationId: 'weighByRankOrder',
  tags: ['analysis'],
  summary: 'Derive weights from a ranking (rank-order centroid)',
  description:
    'The buyer only ranks the items (1 most important; equal ranks are ties); the weights are ' +
    'the centre of all weight vectors that respect the ranking, w_k = (1/n) Σ_{j=k..n} 1/j ' +
    '(Barron & Barrett 1996), tied items sharing the positions they hold together, exactly. ' +
    'Returns the shares to six decimals and as basis points summing to 10,000, as `POST ' +
    '/api/v1/analysis/ahp` does. Nothing is stored.',
  problems: [429],
  middleware: [analysisRateLimit('inline')],
  request: {
    body: {
      content: {
        'application/json': {
          schema: RankOrderWeightsRequest,
          example: weightsExamples.rankOrderCentroid.request,
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The weights',
      content: {
        'application/json': {
          schema: WeightsResponse,
          example: weightsExamples.rankOrderCentroid.response,
        },
      },
    },
  },
});

export function registerRankOrderCentroid(router: OpenAPIHono<AppEnv>) {
  return router.openapi(rankOrderRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await weighByRankOrder({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
