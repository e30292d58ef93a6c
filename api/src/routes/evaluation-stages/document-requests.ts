import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  DecideDocumentRequestInput,
  DocumentRequestParams,
  DocumentRequestView,
  RequestMissingDocumentInput,
  TenderBidParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import {
  decideDocumentRequest,
  requestMissingDocument,
} from '../../services/evaluation-stages/document-requests.ts';

const requestMissingDocumentRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bids/{bidId}/document-requests',
  operationId: 'requestMissingDocument',
  tags: ['evaluation'],
  summary: 'Request a missing document from the bidder',
  description:
    'For officers on the team while the bids are evaluated (Nachforderung, § 56 VgV), numbered ' +
    'per tender, with the paragraph that allows it. 422: a document that bears on an award ' +
    'criterion of the scheme, price information other than an insignificant item, or a ' +
    'correction of an offer document (§ 56 (2), (3) VgV); a deadline not after today ' +
    '(Europe/Berlin). 409: the notice ruled requests out (§ 56 (2) S. 2 VgV), or the stage may ' +
    'not be worked on for the bid.',
  problems: [404, 409],
  request: {
    params: TenderBidParams,
    body: { content: { 'application/json': { schema: RequestMissingDocumentInput } } },
  },
  responses: {
    201: {
      description: 'The request',
      content: { 'application/json': { schema: DocumentRequestView } },
    },
  },
});

const decideDocumentRequestRoute = defineRoute({
  method: 'post',
  path: '/tenders/{tenderId}/bids/{bidId}/document-requests/{requestId}/decision',
  operationId: 'decideDocumentRequest',
  tags: ['evaluation'],
  summary: 'Decide on a requested document',
  description:
    'For officers on the team while the bids are evaluated: whether the document supplied is ' +
    'accepted, with reasons; once. 409 before the bidder answered while the deadline day runs, ' +
    'and when decided already.',
  problems: [404, 409],
  request: {
    params: DocumentRequestParams,
    body: { content: { 'application/json': { schema: DecideDocumentRequestInput } } },
  },
  responses: {
    200: {
      description: 'The request, decided',
      content: { 'application/json': { schema: DocumentRequestView } },
    },
  },
});

export function registerDocumentRequests(router: OpenAPIHono<AppEnv>) {
  router.openapi(requestMissingDocumentRoute, async (c) => {
    const view = await requestMissingDocument({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), request: c.req.valid('json') },
    });
    return c.json(view, 201);
  });
  return router.openapi(decideDocumentRequestRoute, async (c) => {
    const view = await decideDocumentRequest({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), decision: c.req.valid('json') },
    });
    return c.json(view, 200);
  });
}
