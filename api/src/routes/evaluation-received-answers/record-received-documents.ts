import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  ReceivedAnswer,
  ReceivedDocumentsParams,
  RecordReceivedDocumentsInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { recordReceivedDocuments } from '../../services/evaluation-received-answers/record-received-answer.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/bids/{bidId}/document-requests/{requestId}/received-answer',
  operationId: 'recordReceivedDocuments',
  tags: ['evaluation'],
  summary: 'Record documents received on the platform',
  description:
    'For an officer of the team, for a bid imported from the e-procurement platform: records ' +
    'the documents its bidder supplied there in answer to a request for missing documents ' +
    '(§ 56 VgV), with the platform’s time of receipt. A bid of our vault is answered by its ' +
    'bidder (409); an answered or decided request is not answered again (409); an answer after ' +
    'the deadline day is not recorded (422).',
  problems: [404, 409],
  request: {
    params: ReceivedDocumentsParams,
    body: { content: { 'application/json': { schema: RecordReceivedDocumentsInput } } },
  },
  responses: {
    200: {
      description: 'The answer, recorded',
      content: { 'application/json': { schema: ReceivedAnswer } },
    },
  },
});

export function registerRecordReceivedDocuments(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const answer = await recordReceivedDocuments({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    return c.json(answer, 200);
  });
}
