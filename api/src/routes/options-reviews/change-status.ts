import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ChangeOptionsReviewStatusInput,
  OptionsReviewParams,
  OptionsReviewResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { changeOptionsReviewStatus } from '../../services/options-reviews/change-options-review-status.ts';

const changeStatusRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/status',
  operationId: 'changeOptionsReviewStatus',
  tags: ['options-reviews'],
  summary: 'Move an options review to another status',
  description:
    'For the lead: `draft` → `inReview` (needs a scheme), `inReview` → `draft`, and `inReview` ' +
    '→ `concluded` (needs a scheme and an option). Concluding records the latest scheme ' +
    'version and its commitment; the review is read-only from then on. Any other move is ' +
    'refused with 409.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: ChangeOptionsReviewStatusInput } } },
  },
  responses: {
    200: {
      description: 'The review in its new status',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerChangeOptionsReviewStatus(router: OpenAPIHono<AppEnv>) {
  return router.openapi(changeStatusRoute, async (c) => {
    const review = await changeOptionsReviewStatus({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
