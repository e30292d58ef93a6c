import type { OpenAPIHono } from '@hono/zod-openapi';
import { AdoptWeightsInput, OptionsReviewParams, WeightingResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { adoptWeights } from '../../services/options-reviews/adopt-weights.ts';

const adoptWeightsRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/weighting/adoptions',
  operationId: 'adoptOptionsReviewWeights',
  tags: ['options-reviews'],
  summary: 'Adopt weights',
  description:
    'For the lead, until the review is concluded: adopts weights for the latest scheme version ' +
    'with a reason: the group’s geometric mean (409 while a sibling set has no pairwise ' +
    'judgements), the group’s mean, one member’s set, or explicit weights (`custom`, every ' +
    'award node, each sibling set summing to 10,000). Appended to the history; the latest ' +
    'adoption is in force, and a concluding review records it.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: AdoptWeightsInput } } },
  },
  responses: {
    201: {
      description: 'The weighting with the adoption appended',
      content: { 'application/json': { schema: WeightingResponse } },
    },
  },
});

export function registerAdoptOptionsReviewWeights(router: OpenAPIHono<AppEnv>) {
  return router.openapi(adoptWeightsRoute, async (c) => {
    const weighting = await adoptWeights({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(weighting, 201);
  });
}
