import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionsReviewParams,
  OptionsReviewResponse,
  UpdateOptionsReviewInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateOptionsReview } from '../../services/options-reviews/update-options-review.ts';

const updateOptionsReviewRoute = defineRoute({
  method: 'patch',
  path: '/{reviewId}',
  operationId: 'updateOptionsReview',
  tags: ['options-reviews'],
  summary: 'Change an options review’s title, purpose or reference date',
  description:
    'For the lead, until the review is concluded. Send the `version` you read: if the review ' +
    'changed since, the change is refused with 409. A new reference date also saves the latest ' +
    'scheme again on that date, as a new version.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: UpdateOptionsReviewInput } } },
  },
  responses: {
    200: {
      description: 'The changed review',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerUpdateOptionsReview(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateOptionsReviewRoute, async (c) => {
    const review = await updateOptionsReview({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
