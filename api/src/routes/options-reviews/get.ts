import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, OptionsReviewResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getOptionsReview } from '../../services/options-reviews/get-options-review.ts';

const getOptionsReviewRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}',
  operationId: 'getOptionsReview',
  tags: ['options-reviews'],
  summary: 'Read an options review',
  description:
    'For its lead and members: the review with its members, its latest scheme version and the ' +
    'number of its options.',
  request: { params: OptionsReviewParams },
  responses: {
    200: {
      description: 'The review',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerGetOptionsReview(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getOptionsReviewRoute, async (c) => {
    const review = await getOptionsReview({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
