import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateTenderInput, TenderResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createTender } from '../../services/tenders/create-tender.ts';

const createTenderRoute = defineRoute({
  method: 'post',
  path: '/',
  operationId: 'createTender',
  tags: ['tenders'],
  summary: 'Start a tender',
  description:
    'For officers. The tender belongs to your authority; you lead it and are on its team as an ' +
    'officer. It starts as a draft with lot 1, titled like the tender. The procedure type must ' +
    'be one of the regime (with its ground where it needs one); the reference is unique within ' +
    'your authority (409 otherwise).',
  problems: [403, 409],
  request: {
    body: { content: { 'application/json': { schema: CreateTenderInput } } },
  },
  responses: {
    201: {
      description: 'The new tender',
      content: { 'application/json': { schema: TenderResponse } },
    },
  },
});

export function registerCreateTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createTenderRoute, async (c) => {
    const tender = await createTender({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(tender, 201);
  });
}
