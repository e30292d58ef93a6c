import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderPublicationResponse,
  TenderSchemesParams,
  TenderVersionInput,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { approveTenderPublication } from '../../services/tender-schemes/approve-tender-publication.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/publication',
  operationId: 'approveTenderPublication',
  tags: ['tenders'],
  summary: 'Approve the publication of a tender',
  description:
    'For a second officer on the team (four eyes): the officer who asked is refused with 403. ' +
    'The request must be for the tender’s current version (409 when the tender changed since) ' +
    'and the tender still ready (422). Publication freezes each lot’s draft as its scheme ' +
    'version 1, with the tender’s submission day and regime, under its commitment: the SHA-256 ' +
    'of the scheme in RFC 8785 canonical JSON. From then on the scheme cannot change; ' +
    'corrections add versions.',
  request: {
    params: TenderSchemesParams,
    body: { content: { 'application/json': { schema: TenderVersionInput } } },
  },
  responses: {
    200: {
      description: 'The published tender’s scheme versions with their commitments',
      content: { 'application/json': { schema: TenderPublicationResponse } },
    },
  },
});

export function registerApproveTenderPublication(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const published = await approveTenderPublication({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(published, 200);
  });
}
