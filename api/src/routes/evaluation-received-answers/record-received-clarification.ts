import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ReceivedAnswer,
  ReceivedClarificationParams,
  RecordReceivedClarificationInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordReceivedClarification } from '../../services/evaluation-received-answers/record-received-answer.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/bids/{bidId}/clarifications/{clarificationId}/received-answer',
  operationId: 'recordReceivedClarification',
  tags: ['evaluation'],
  summary: 'Record a clarification answer received on the platform',
  description:
    'For an officer of the team, for a bid imported from the e-procurement platform: records ' +
    'the answer its bidder sent there to a clarification, with the platform’s time of receipt. ' +
    'A bid of our vault is answered by its bidder (409); an answered or decided clarification is ' +
    'not answered again (409); an answer after the deadline day is not recorded (422).',
  problems: [404, 409],
  request: {
    params: ReceivedClarificationParams,
    body: { content: { 'application/json': { schema: RecordReceivedClarificationInput } } },
  },
  responses: {
    200: {
      description: 'The answer, recorded',
      content: { 'application/json': { schema: ReceivedAnswer } },
    },
  },
});

export function registerRecordReceivedClarification(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const answer = await recordReceivedClarification({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    return c.json(answer, 200);
  });
}
