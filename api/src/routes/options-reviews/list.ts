import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewListQuery, OptionsReviewListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listOptionsReviews } from '../../services/options-reviews/list-options-reviews.ts';

const listOptionsReviewsRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listOptionsReviews',
  tags: ['options-reviews'],
  summary: 'List the options reviews you take part in',
  description:
    'For officers and reviewers: the reviews you lead or are a member of, newest first, ' +
    'optionally of one status. Other reviews of your authority are not listed.',
  request: { query: OptionsReviewListQuery },
  responses: {
    200: {
      description: 'One page of reviews',
      content: { 'application/json': { schema: OptionsReviewListResponse } },
    },
  },
});

export function registerListOptionsReviews(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOptionsReviewsRoute, async (c) => {
    const page = await listOptionsReviews({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
