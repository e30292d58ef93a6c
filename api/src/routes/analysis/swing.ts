import type { OpenAPIHono } from '@hono/zod-openapi';
import { SwingWeightsRequest, WeightsResponse, weightsExamples } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { analysisRateLimit } from '../../http/rate-limit/analysis.ts';
import { weighBySwing } from '../../services/analysis/weigh-by-swing.ts';

const swingRoute = defineRoute({
  method: 'post',
  path: '/swing',
  operationId: 'weighBySwing',
  tags: ['analysis'],
  summary: 'Derive weights from swings (swing weighting)',
  description:
    'The buyer gives the most important swing of an item from its worst to its best level 100 ' +
    'points and rates every other swing against it (0 to 100); each weight is the item’s ' +
    'points over the sum of all points (von Winterfeldt & Edwards 1986), exactly. Returns the ' +
    'shares to six decimals and as basis points summing to 10,000, as `POST ' +
    '/api/v1/analysis/ahp` does. Nothing is stored.',
  problems: [429],
  middleware: [analysisRateLimit('inline')],
  request: {
    body: {
      content: {
        'application/json': {
          schema: SwingWeightsRequest,
          example: weightsExamples.swing.request,
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The weights',
      content: {
        'application/json': { schema: WeightsResponse, example: weightsExamples.swing.response },
      },
    },
  },
});

export function registerSwing(router: OpenAPIHono<AppEnv>) {
  return router.openapi(swingRoute, async (c) => {
    c.header('cache-control', 'no-store');
    const answer = await weighBySwing({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    return c.json(answer, 200);
  });
}
