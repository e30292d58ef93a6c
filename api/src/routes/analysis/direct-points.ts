import type { OpenAPIHono } from '@hono/zod-openapi';
import { DirectPointsWeightsRequest, WeightsResponse, weightsExamples } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { weighByDirectPoints } from '../../services/analysis/weigh-by-direct-points.ts';

const directPointsRoute = defineRoute({
  method: 'post',
  path: '/direct-points',
  operationId: 'weighByDirectPoints',
  tags: ['analysis'],
  summary: 'Derive weights from points given directly',
  description:
    'The buyer distributes points or percentages over the items (as the Cloud Sovereignty ' +
    'Framework’s 15/10/10/… split does); each weight is the item’s share of all points, ' +
    'exactly. Returns the shares to six decimals and as basis points summing to 10,000, as ' +
    '`POST /api/v1/analysis/ahp` does. Nothing is stored.',
  problems: [429],
  middleware: [analysisRateLimit('inline')],
  request: {
    body: {
      content: {
        'application/json': {
          schema: DirectPointsWeightsRequest,
          example: weightsExamples.directPoints.request,
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
          example: weightsExamples.directPoints.response,
        },
      },
    },
  },
});

export function registerDirectPoints(router: OpenAPIHono<AppEnv>) {
  return router.openapi(directPointsRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await weighByDirectPoints({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
