import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  RecordTenderConsensusInput,
  TenderConsensusParams,
  TenderScoringResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordTenderConsensus } from '../../services/evaluation-scoring/record-tender-consensus.ts';

const recordTenderConsensusRoute = defineRoute({
  method: 'put',
  path: '/{tenderId}/lots/{lotNumber}/consensus/{bidId}/{criterionId}',
  operationId: 'recordTenderConsensus',
  tags: ['evaluation'],
  summary: 'Record the consensus score of a bid on a criterion',
  description:
    'For the officers of the team while the tender is `opened`, once every evaluator of the ' +
    'team has submitted (409 otherwise, with the count): the panel’s agreed level with its ' +
    'joint justification against the anchors; replaces an earlier consensus. Where the ' +
    'submitted scores lie further apart than the scheme’s divergence threshold, only the ' +
    'tender’s lead records it (403 otherwise), with `resolution`, the reason for the level ' +
    'chosen (422 without; § 8 (1) VgV). The bid must still be in the procedure.',
  request: {
    params: TenderConsensusParams,
    body: { content: { 'application/json': { schema: RecordTenderConsensusInput } } },
  },
  responses: {
    200: {
      description: 'The scoring with the consensus recorded',
      content: { 'application/json': { schema: TenderScoringResponse } },
    },
  },
});

export function registerRecordTenderConsensus(router: OpenAPIHono<AppEnv>) {
  return router.openapi(recordTenderConsensusRoute, async (c) => {
    const scoring = await recordTenderConsensus({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(scoring, 200);
  });
}
