import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  SaveTenderScoreSheetInput,
  TenderLotParams,
  TenderScoringResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveTenderScoreSheet } from '../../services/evaluation-scoring/save-tender-score-sheet.ts';

const saveTenderScoreSheetRoute = defineRoute({
  method: 'put',
  path: '/{tenderId}/lots/{lotNumber}/scoring/mine',
  operationId: 'saveTenderScoreSheet',
  tags: ['evaluation'],
  summary: 'Save your score sheet of a lot',
  description:
    'For the evaluators of the team while the tender is `opened`: the scores sent replace your ' +
    'unsubmitted sheet. Each names a bid still in the procedure (an excluded bid is refused, ' +
    '§ 57 (1) VgV), an ordinal criterion and a level of its published scale, with a ' +
    'justification against the anchors (required, 1 to 4000 characters; 422 otherwise). A ' +
    'submitted sheet is final (409).',
  request: {
    params: TenderLotParams,
    body: { content: { 'application/json': { schema: SaveTenderScoreSheetInput } } },
  },
  responses: {
    200: {
      description: 'The scoring with the saved sheet',
      content: { 'application/json': { schema: TenderScoringResponse } },
    },
  },
});

export function registerSaveTenderScoreSheet(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveTenderScoreSheetRoute, async (c) => {
    const scoring = await saveTenderScoreSheet({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
