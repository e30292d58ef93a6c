import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  AnswerClarificationInput,
  AnswerDocumentRequestInput,
  OwnBidExchange,
  OwnBidExchangeList,
  OwnClarificationParams,
  OwnDocumentRequestParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import {
  answerClarification,
  answerDocumentRequest,
  listOwnBidExchanges,
} from '../../services/evaluation-stages/vendor-exchanges.ts';

const vendors = 'For vendors (signed in, or an API key with scope `bids:submit`)';

const listOwnBidExchangesRoute = defineRoute({
  method: 'get',
  path: '/vendor/bid-exchanges',
  operationId: 'listOwnBidExchanges',
  tags: ['evaluation'],
  summary: 'List what you were asked about your bids',
  description:
    `${vendors}: the requests for missing documents (§ 56 VgV) and clarifications ` +
    '(§ 15 (5) VgV) to your organisation’s bids, those open first, with the tender’s reference ' +
    'and title, the lot and the deadline day (answers are taken to its end, Europe/Berlin).',
  responses: {
    200: {
      description: 'Requests and clarifications',
      content: { 'application/json': { schema: OwnBidExchangeList } },
    },
  },
});

const answerDocumentRequestRoute = defineRoute({
  method: 'post',
  path: '/bids/{bidId}/document-requests/{requestId}/answer',
  operationId: 'answerDocumentRequest',
  tags: ['evaluation'],
  summary: 'Supply a requested document',
  description:
    `${vendors}, for your own bid while it is evaluated: the documents asked for, by SHA-256, ` +
    'with an optional note; once, until the end of the deadline day (Europe/Berlin; 409 after, ' +
    'and when answered already). Another vendor’s bid is not found (404).',
  problems: [404, 409],
  request: {
    params: OwnDocumentRequestParams,
    body: { content: { 'application/json': { schema: AnswerDocumentRequestInput } } },
  },
  responses: {
    200: {
      description: 'The request, answered',
      content: { 'application/json': { schema: OwnBidExchange } },
    },
  },
});

const answerClarificationRoute = defineRoute({
  method: 'post',
  path: '/bids/{bidId}/clarifications/{clarificationId}/answer',
  operationId: 'answerClarification',
  tags: ['evaluation'],
  summary: 'Answer a clarification',
  description:
    `${vendors}, for your own bid while it is evaluated: your explanation, which cannot change ` +
    'the bid (§ 15 (5) VgV); once, until the end of the deadline day (Europe/Berlin; 409 after, ' +
    'and when answered already). Another vendor’s bid is not found (404).',
  problems: [404, 409],
  request: {
    params: OwnClarificationParams,
    body: { content: { 'application/json': { schema: AnswerClarificationInput } } },
  },
  responses: {
    200: {
      description: 'The clarification, answered',
      content: { 'application/json': { schema: OwnBidExchange } },
    },
  },
});

export function registerVendorExchanges(router: OpenAPIHono<AppEnv>) {
  router.openapi(listOwnBidExchangesRoute, async (c) => {
    const list = await listOwnBidExchanges({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
  router.openapi(answerDocumentRequestRoute, async (c) => {
    const exchange = await answerDocumentRequest({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), answer: c.req.valid('json') },
    });
    return c.json(exchange, 200);
  });
  return router.openapi(answerClarificationRoute, async (c) => {
    const exchange = await answerClarification({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), answer: c.req.valid('json') },
    });
    return c.json(exchange, 200);
  });
}
