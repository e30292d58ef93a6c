import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateTenderLotInput, TenderLotResponse, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createTenderLot } from '../../services/tenders/create-tender-lot.ts';

const createTenderLotRoute = defineRoute({
  method: 'post',
  path: '/{tenderId}/lots',
  operationId: 'createTenderLot',
  tags: ['tenders'],
  summary: 'Add a lot to a draft tender',
  description:
    'For the officers on its team while it is a draft. The lot is numbered one above the ' +
    'highest; the others keep their numbers. Send the tender’s `version` you read (409 when ' +
    'stale).',
  problems: [409],
  request: {
    params: TenderParams,
    body: { content: { 'application/json': { schema: CreateTenderLotInput } } },
  },
  responses: {
    201: {
      description: 'The new lot and the tender’s new version',
      content: { 'application/json': { schema: TenderLotResponse } },
    },
  },
});

export function registerCreateTenderLot(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createTenderLotRoute, async (c) => {
    const lot = await createTenderLot({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(lot, 201);
  });
}
