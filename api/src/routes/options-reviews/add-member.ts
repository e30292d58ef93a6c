import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AddOptionsReviewMemberInput,
  OptionsReviewParams,
  OptionsReviewResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { addOptionsReviewMember } from '../../services/options-reviews/add-options-review-member.ts';

const addMemberRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/members',
  operationId: 'addOptionsReviewMember',
  tags: ['options-reviews'],
  summary: 'Add a member to an options review',
  description:
    'For the lead, until the review is concluded. The user must be an active officer or ' +
    'reviewer of the review’s authority (422 otherwise; a user of another authority is ' +
    'refused like one that does not exist); one who takes part already: 409.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: AddOptionsReviewMemberInput } } },
  },
  responses: {
    200: {
      description: 'The review with its members',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerAddOptionsReviewMember(router: OpenAPIHono<AppEnv>) {
  return router.openapi(addMemberRoute, async (c) => {
    const review = await addOptionsReviewMember({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
