import type { OpenAPIHono } from '@hono/zod-openapi';
import { OptionsReviewParams, RecordConsensusInput, ScoringResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordConsensus } from '../../services/options-reviews/record-consensus.ts';

const recordConsensusRoute = defineRoute({
  method: 'put',
  path: '/{reviewId}/scoring/consensus',
  operationId: 'recordOptionsReviewConsensus',
  tags: ['options-reviews'],
  summary: 'Record a consensus score',
  description:
    'For the lead, until the review is concluded, once at least two members have submitted ' +
    'their sheets (409 before): the group’s score of one option on one ordinal criterion of the ' +
    'latest scheme version, with a joint justification; recording again replaces it.',
  request: {
    params: OptionsReviewParams,
    body: { content: { 'application/json': { schema: RecordConsensusInput } } },
  },
  responses: {
    200: {
      description: 'The scoring with the consensus recorded',
      content: { 'application/json': { schema: ScoringResponse } },
    },
  },
});

export function registerRecordOptionsReviewConsensus(router: OpenAPIHono<AppEnv>) {
  return router.openapi(recordConsensusRoute, async (c) => {
    const scoring = await recordConsensus({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
