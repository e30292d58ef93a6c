import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, ScoringResponse, SubmitScoreSheetInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { submitScoreSheet } from '../../services/options-reviews/submit-score-sheet.ts';

const submitScoreSheetRoute = defineRoute({
  method: 'post',
  path: '/{reviewId}/scoring/sheet/submit',
  operationId: 'submitOptionsReviewScoreSheet',
  tags: ['options-reviews'],
  summary: 'Submit your score sheet',
  description:
    'For members, until the review is concluded: submits your saved sheet for the latest scheme ' +
    'version. It must score every option on every ordinal criterion (409 otherwise), and is ' +
    'final once submitted; from then on you see the other members’ submitted scores.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: SubmitScoreSheetInput } } },
  },
  responses: {
    200: {
      description: 'The scoring after submitting, with the others’ submitted scores',
      content: { 'application/json': { schema: ScoringResponse } },
    },
  },
});

export function registerSubmitOptionsReviewScoreSheet(router: OpenAPIHono<AppEnv>) {
  return router.openapi(submitScoreSheetRoute, async (c) => {
    const scoring = await submitScoreSheet({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
