import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  RecordStageDecisionInput,
  StageDecisionParams,
  StageDecisionView,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordStageDecision } from '../../services/evaluation-stages/record-stage-decision.ts';

const recordStageDecisionRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bids/{bidId}/stages/{stage}',
  operationId: 'recordStageDecision',
  tags: ['evaluation'],
  summary: 'Decide a stage of a bid',
  description:
    'For officers on the team while the bids are evaluated. Appends a numbered decision (a ' +
    'later one supersedes, none is changed). 409: the formal check comes first and nothing ' +
    'follows an exclusion (§ 57 VgV); a request or clarification of the stage is undecided; ' +
    'in the price check a flagged bid passes, and any bid is excluded, only after a decided ' +
    'clarification of its price (§ 60 (1)–(3) VgV: a threshold alone never excludes). 422: an ' +
    'exclusion without a `basis` of the stage’s list; `checks` missing a criterion of the ' +
    'lot’s scheme (formal: exclusion grounds, restricted and minimum requirements; ' +
    'suitability: its criteria, each met one with `evidence` and `evidenceDate`); an unmet ' +
    'check with `passed`; in the formal check from an estimated €30,000 net no ' +
    '`registerQueriedOn`, or one in the future (§ 6 (1) WRegG).',
  problems: [404, 409],
  request: {
    params: StageDecisionParams,
    body: { content: { 'application/json': { schema: RecordStageDecisionInput } } },
  },
  responses: {
    201: {
      description: 'The decision recorded',
      content: { 'application/json': { schema: StageDecisionView } },
    },
  },
});

export function registerStageDecisions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(recordStageDecisionRoute, async (c) => {
    const view = await recordStageDecision({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), decision: c.req.valid('json') },
    });
    return c.json(view, 201);
  });
}
