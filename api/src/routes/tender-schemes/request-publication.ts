import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderPublicationRequestResponse,
  TenderSchemesParams,
  TenderVersionInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { requestTenderPublication } from '../../services/tender-schemes/request-tender-publication.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/publication-request',
  operationId: 'requestTenderPublication',
  tags: ['tenders'],
  summary: 'Ask for the publication of a tender',
  description:
    'For the officers on the team while the tender is a draft. Refused with 422 while the ' +
    'tender is not ready: each missing item (the tender’s `readiness`) is named in `errors` by ' +
    'its pointer. The request records who asked and the tender’s version: a second officer ' +
    'approves it (four eyes), and any later change of the tender voids it.',
  request: {
    params: TenderSchemesParams,
    body: { content: { 'application/json': { schema: TenderVersionInput } } },
  },
  responses: {
    200: {
      description: 'The request',
      content: { 'application/json': { schema: TenderPublicationRequestResponse } },
    },
  },
});

export function registerRequestTenderPublication(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const request = await requestTenderPublication({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(request, 200);
  });
}
