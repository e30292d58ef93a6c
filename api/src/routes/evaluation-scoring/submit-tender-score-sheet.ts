import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderLotParams, TenderScoringResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { submitTenderScoreSheet } from '../../services/evaluation-scoring/submit-tender-score-sheet.ts';

const submitTenderScoreSheetRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/lots/{lotNumber}/scoring/mine/submission',
  operationId: 'submitTenderScoreSheet',
  tags: ['evaluation'],
  summary: 'Submit your score sheet of a lot',
  description:
    'For the evaluators of the team while the tender is `opened`. Your saved sheet must score ' +
    'every bid still in the procedure on every ordinal criterion (422 listing what is missing ' +
    'otherwise). Submitted, it is final (409 on a second submission), and you see the other ' +
    'submitted sheets, the divergences and the consensus.',
  request: { params: TenderLotParams },
  responses: {
    200: {
      description: 'The scoring after your submission',
      content: { 'application/json': { schema: TenderScoringResponse } },
    },
  },
});

export function registerSubmitTenderScoreSheet(router: OpenAPIHono<AppEnv>) {
  return router.openapi(submitTenderScoreSheetRoute, async (c) => {
    const scoring = await submitTenderScoreSheet({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
