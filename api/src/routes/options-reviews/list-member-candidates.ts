import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  OptionsReviewMemberCandidateListQuery,
  OptionsReviewMemberCandidateListResponse,
  OptionsReviewParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listMemberCandidates } from '../../services/options-reviews/list-member-candidates.ts';

const listMemberCandidatesRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/member-candidates',
  operationId: 'listOptionsReviewMemberCandidates',
  tags: ['options-reviews'],
  summary: 'List the users who could join an options review',
  description:
    'For the lead, until the review is concluded: the active officers and reviewers of the ' +
    'review’s authority who do not take part yet, to pick a member from ' +
    '(`addOptionsReviewMember`).',
  request: { params: OptionsReviewParams, query: OptionsReviewMemberCandidateListQuery },
  responses: {
    200: {
      description: 'One page of candidates',
      content: { 'application/json': { schema: OptionsReviewMemberCandidateListResponse } },
    },
  },
});

export function registerListOptionsReviewMemberCandidates(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listMemberCandidatesRoute, async (c) => {
    const page = await listMemberCandidates({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
