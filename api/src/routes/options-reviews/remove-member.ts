import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewMemberParams, OptionsReviewResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { removeOptionsReviewMember } from '../../services/options-reviews/remove-options-review-member.ts';

const removeMemberRoute = defineRoute({
  method: 'delete',
  path: '/{reviewId}/members/{userId}',
  operationId: 'removeOptionsReviewMember',
  tags: ['options-reviews'],
  summary: 'Remove a member from an options review',
  description:
    'For the lead, until the review is concluded. The lead cannot be removed (409): transfer ' +
    'the lead first. A removed member no longer finds the review.',
  request: { params: OptionsReviewMemberParams },
  responses: {
    200: {
      description: 'The review with its remaining members',
      content: { 'application/json': { schema: OptionsReviewResponse } },
    },
  },
});

export function registerRemoveOptionsReviewMember(router: OpenAPIHono<AppEnv>) {
  return router.openapi(removeMemberRoute, async (c) => {
    const review = await removeOptionsReviewMember({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(review, 200);
  });
}
