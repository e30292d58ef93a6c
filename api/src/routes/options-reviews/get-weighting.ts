import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, WeightingQuery, WeightingResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getWeighting } from '../../services/options-reviews/get-weighting.ts';

const getWeightingRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/weighting',
  operationId: 'getOptionsReviewWeighting',
  tags: ['options-reviews'],
  summary: 'Read the weighting of an options review',
  description:
    'For the lead and members, for a scheme version (the latest unless named): every member’s ' +
    'weight set per sibling set (visible to the whole group, not blind), the group’s weights ' +
    'computed on read (the AHP of the geometric mean of the members’ pairwise judgements, and ' +
    'the mean of the members’ weights, each with how many members it rests on), and the lead’s ' +
    'adoptions, oldest first; the latest is the adopted weights.',
  request: { params: OptionsReviewParams, query: WeightingQuery },
  responses: {
    200: {
      description: 'The weighting of the scheme version',
      content: { 'application/json': { schema: WeightingResponse } },
    },
  },
});

export function registerGetOptionsReviewWeighting(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getWeightingRoute, async (c) => {
    const weighting = await getWeighting({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(weighting, 200);
  });
}
