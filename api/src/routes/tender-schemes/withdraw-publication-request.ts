import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderPublicationRequestResponse,
  TenderSchemesParams,
  TenderVersionQuery,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { withdrawTenderPublicationRequest } from '../../services/tender-schemes/withdraw-tender-publication-request.ts';

const route = defineRoute({
  method: 'delete',
  path: '/{tenderId}/publication-request',
  operationId: 'withdrawTenderPublicationRequest',
  tags: ['tenders'],
  summary: 'Withdraw the request for publication',
  description:
    'For the officers on the team while the tender is a draft: the request is cleared and can ' +
    'no longer be approved. `version` is the tender’s version you read (409 when stale).',
  request: { params: TenderSchemesParams, query: TenderVersionQuery },
  responses: {
    200: {
      description: 'The tender without a request',
      content: { 'application/json': { schema: TenderPublicationRequestResponse } },
    },
  },
});

export function registerWithdrawTenderPublicationRequest(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const withdrawn = await withdrawTenderPublicationRequest({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(withdrawn, 200);
  });
}
