import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, SaveScoreSheetInput, ScoringResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveScoreSheet } from '../../services/options-reviews/save-score-sheet.ts';

const saveScoreSheetRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/scoring/sheet',
  operationId: 'saveOptionsReviewScoreSheet',
  tags: ['options-reviews'],
  summary: 'Save your draft score sheet',
  description:
    'For members, until the review is concluded: the scores sent replace your draft for the ' +
    'latest scheme version (409 for an older one). Each score names an option, an ordinal ' +
    'criterion and a level of its scale, with a justification against the anchors. A submitted ' +
    'sheet is final (409).',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: SaveScoreSheetInput } } },
  },
  responses: {
    200: {
      description: 'The scoring with the saved draft',
      content: { 'application/json': { schema: ScoringResponse } },
    },
  },
});

export function registerSaveOptionsReviewScoreSheet(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveScoreSheetRoute, async (c) => {
    const scoring = await saveScoreSheet({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
