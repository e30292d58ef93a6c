import type { OpenAPIHono } from '@hono/zod-openapi';
import { AwardDecision, DecideAwardRequest, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { decideAward } from '../../services/evaluation-results/decide-award.ts';

const decideAwardRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/award-decision',
  operationId: 'decideAward',
  tags: ['evaluation'],
  summary: 'Decide that the evaluation is complete',
  description:
    'For the tender’s lead officer while the bids are evaluated. Every lot needs an official ' +
    'result that is still current, and every bid still in the procedure must have passed every ' +
    'stage, suitability included (§ 122 GWB, § 42 (3) VgV); 409 lists what is open. Records ' +
    'the results it rests on and the day suitability was last confirmed (not in the future), ' +
    'and moves the tender to `evaluated`.',
  problems: [404, 409],
  request: {
    params: TenderParams,
    body: { content: { 'application/json': { schema: DecideAwardRequest } } },
  },
  responses: {
    201: {
      description: 'The award decision',
      content: { 'application/json': { schema: AwardDecision } },
    },
  },
});

export function registerDecideAward(router: OpenAPIHono<AppEnv>) {
  return router.openapi(decideAwardRoute, async (c) => {
    const decision = await decideAward({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(decision, 201);
  });
}
