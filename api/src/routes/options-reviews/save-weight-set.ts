import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, SaveWeightSetInput, WeightingResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveWeightSet } from '../../services/options-reviews/save-weight-set.ts';

const saveWeightSetRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/weighting/my-weight-set',
  operationId: 'saveOptionsReviewWeightSet',
  tags: ['options-reviews'],
  summary: 'Save my weight set',
  description:
    'For every member, until the review is concluded: the caller’s weights for the latest ' +
    'scheme version, one entry per sibling set of two or more nodes, each by points, ranks ' +
    '(ROC), swing or pairwise comparisons (AHP). Saving again replaces the caller’s set. ' +
    'Inconsistent pairwise judgements are saved with their consistency ratio and the judgements ' +
    'to reconsider.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: SaveWeightSetInput } } },
  },
  responses: {
    200: {
      description: 'The weighting with the caller’s set saved',
      content: { 'application/json': { schema: WeightingResponse } },
    },
  },
});

export function registerSaveOptionsReviewWeightSet(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveWeightSetRoute, async (c) => {
    const weighting = await saveWeightSet({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(weighting, 200);
  });
}
