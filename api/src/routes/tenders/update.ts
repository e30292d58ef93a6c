import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderParams, TenderResponse, UpdateTenderInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateTender } from '../../services/tenders/update-tender.ts';

const updateTenderRoute = defineRoute({
  method: 'patch',
  path: '/{tenderId}',
  operationId: 'updateTender',
  tags: ['tenders'],
  summary: 'Change a draft tender',
  description:
    'For the officers on its team while it is a draft (409 afterwards): subject, CPV codes, ' +
    'regime and procedure type with its ground, Land, kinds of authority and contract, the ' +
    'estimated value (its lots are the tender’s by id `lot-<number>`) and its day, the reasons ' +
    'for not dividing into lots and the lot limits (§ 30 (1) VgV). Send the `version` you read: ' +
    'if the tender changed since, the change is refused with 409.',
  problems: [409],
  request: {
    params: TenderParams,
    body: { content: { 'application/json': { schema: UpdateTenderInput } } },
  },
  responses: {
    200: {
      description: 'The changed tender',
      content: { 'application/json': { schema: TenderResponse } },
    },
  },
});

export function registerUpdateTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateTenderRoute, async (c) => {
    const tender = await updateTender({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(tender, 200);
  });
}
