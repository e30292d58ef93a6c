import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  BidEvaluationDetail,
  TenderBidParams,
  TenderEvaluationView,
  TenderParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import {
  getBidEvaluation,
  getTenderEvaluation,
} from '../../services/evaluation-stages/read-evaluation.ts';

const getTenderEvaluationRoute = defineRoute({
  method: 'get',
  path: '/tenders/{tenderId}/evaluation',
  operationId: 'getTenderEvaluation',
  tags: ['evaluation'],
  summary: 'Get the evaluation of the opened bids',
  description:
    'For the tender’s team once the bids are opened: per lot the opened bids in force with ' +
    'their status in each stage (formal check, § 57 VgV, §§ 123–126 GWB; suitability, § 122 GWB; ' +
    'price check, § 60 VgV; award, § 127 GWB), the stages still open and whether the award may ' +
    'be decided; `judgedAsOf` is the scheme’s submission deadline, as of which company ' +
    'documents are judged; `missingDocumentRequests` whether the notice ruled out requests for ' +
    'missing documents (§ 56 (2) S. 2 VgV).',
  problems: [404],
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The evaluation',
      content: { 'application/json': { schema: TenderEvaluationView } },
    },
  },
});

const getBidEvaluationRoute = defineRoute({
  method: 'get',
  path: '/tenders/{tenderId}/bids/{bidId}/evaluation',
  operationId: 'getBidEvaluation',
  tags: ['evaluation'],
  summary: 'Get the evaluation of one bid',
  description:
    'For the tender’s team once the bids are opened: the bid’s stages, every stage decision ' +
    'recorded (the latest per stage is in force), its requests for missing documents and ' +
    'clarifications with the answers and decisions, the criteria of the formal and suitability ' +
    'stages with the bid’s answers and declarations, and the engine’s abnormally-low flags ' +
    '(§ 60 (1) VgV) among the lot’s bids still in the procedure.',
  problems: [404],
  request: { params: TenderBidParams },
  responses: {
    200: {
      description: 'The bid’s evaluation',
      content: { 'application/json': { schema: BidEvaluationDetail } },
    },
  },
});

export function registerEvaluationOverview(router: OpenAPIHono<AppEnv>) {
  router.openapi(getTenderEvaluationRoute, async (c) => {
    const view = await getTenderEvaluation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(view, 200);
  });
  return router.openapi(getBidEvaluationRoute, async (c) => {
    const view = await getBidEvaluation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(view, 200);
  });
}
