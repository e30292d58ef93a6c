import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AskClarificationInput,
  ClarificationParams,
  ClarificationView,
  DecideClarificationInput,
  TenderBidParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import {
  askClarification,
  decideClarification,
} from '../../services/evaluation-stages/clarifications.ts';

const askClarificationRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bids/{bidId}/clarifications',
  operationId: 'askClarification',
  tags: ['evaluation'],
  summary: 'Ask the bidder to clarify its bid',
  description:
    'For officers on the team while the bids are evaluated (Aufklärung), numbered per tender. ' +
    'A clarification never changes the bid: nothing of the offer or its price is negotiated ' +
    '(§ 15 (5) VgV). In the price check the engine’s abnormally-low flags for the bid are kept ' +
    'with the question (§ 60 (1) VgV). 422: a deadline not after today (Europe/Berlin). 409: ' +
    'the stage may not be worked on for the bid.',
  problems: [404, 409],
  request: {
    params: TenderBidParams,
    body: { content: { 'application/json': { schema: AskClarificationInput } } },
  },
  responses: {
    201: {
      description: 'The clarification',
      content: { 'application/json': { schema: ClarificationView } },
    },
  },
});

const decideClarificationRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bids/{bidId}/clarifications/{clarificationId}/decision',
  operationId: 'decideClarification',
  tags: ['evaluation'],
  summary: 'Assess a clarification',
  description:
    'For officers on the team while the bids are evaluated: what the authority made of the ' +
    'answer, the assessment a stage decision rests on; once. 409 before the bidder answered ' +
    'while the deadline day runs, and when decided already.',
  problems: [404, 409],
  request: {
    params: ClarificationParams,
    body: { content: { 'application/json': { schema: DecideClarificationInput } } },
  },
  responses: {
    200: {
      description: 'The clarification, assessed',
      content: { 'application/json': { schema: ClarificationView } },
    },
  },
});

export function registerClarifications(router: OpenAPIHono<AppEnv>) {
  router.openapi(askClarificationRoute, async (c) => {
    const view = await askClarification({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), clarification: c.req.valid('json') },
    });
    return c.json(view, 201);
  });
  return router.openapi(decideClarificationRoute, async (c) => {
    const view = await decideClarification({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), decision: c.req.valid('json') },
    });
    return c.json(view, 200);
  });
}
