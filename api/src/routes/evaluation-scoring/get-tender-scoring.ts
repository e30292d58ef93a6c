import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderLotParams, TenderScoringResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTenderScoring } from '../../services/evaluation-scoring/get-tender-scoring.ts';

const getTenderScoringRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots/{lotNumber}/scoring',
  operationId: 'getTenderScoring',
  tags: ['evaluation'],
  summary: 'Read the scoring of a lot',
  description:
    'For the team, once the bids are opened. The ordinal award criteria the panel scores, with ' +
    'their published anchors; the criteria the engine scores from the bid data ' +
    '(`scoredByEngine`); the bids still in the procedure with their offers, and the excluded ' +
    'ones, which are never scored. Blind: an evaluator sees only their own sheet until they ' +
    'submitted it, then the other submitted sheets, the divergences and the consensus. ' +
    'Officers see the submitted sheets, divergences and consensus; reviewers once every ' +
    'evaluator has submitted. Mean and median are aids for the discussion only: the consensus ' +
    'score counts (BGH X ZB 3/17).',
  request: { params: TenderLotParams },
  responses: {
    200: {
      description: 'The scoring as the caller may see it',
      content: { 'application/json': { schema: TenderScoringResponse } },
    },
  },
});

export function registerGetTenderScoring(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getTenderScoringRoute, async (c) => {
    const scoring = await getTenderScoring({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
