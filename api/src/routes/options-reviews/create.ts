import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateOptionsReviewInput, OptionsReviewResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createOptionsReview } from '../../services/options-reviews/create-options-review.ts';

const createOptionsReviewRoute = defineRoute({
  method: 'post',
  path: '/',
  operationId: 'createOptionsReview',
  tags: ['options-reviews'],
  summary: 'Start an options review',
  description:
    'For officers. The review belongs to your authority; you lead it and are its first member. ' +
    'It starts as a draft without a scheme or options.',
  problems: [403],
  request: {
    body: { content: { 'application/json': { schema: CreateOptionsReviewInput } } },
  },
  responses: {
    201: {
      description: 'The new review',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerCreateOptionsReview(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createOptionsReviewRoute, async (c) => {
    const review = await createOptionsReview({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 201);
  });
}
