import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, ScoringQuery, ScoringResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getScoring } from '../../services/options-reviews/get-scoring.ts';

const getScoringRoute = defineRoute({
  method: 'get',
  path: '/{reviewId}/scoring',
  operationId: 'getOptionsReviewScoring',
  tags: ['options-reviews'],
  summary: 'Read the scoring of an options review',
  description:
    'For the lead and members: the caller’s own score sheet for a scheme version (the latest ' +
    'unless named) and who has submitted. Blind until submitted: the other members’ scores and ' +
    'their divergences appear only once the caller has submitted their own sheet (`null` ' +
    'before); the consensus is shown to the lead, and to the others once they have submitted.',
  request: { params: OptionsReviewParams, query: ScoringQuery },
  responses: {
    200: {
      description: 'The scoring as the caller may see it',
      content: { 'application/json': { schema: ScoringResponse } },
    },
  },
});

export function registerGetOptionsReviewScoring(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getScoringRoute, async (c) => {
    const scoring = await getScoring({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
