import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderLotListResponse, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderLots } from '../../services/tenders/list-tender-lots.ts';

const listTenderLotsRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots',
  operationId: 'listTenderLots',
  tags: ['tenders'],
  summary: 'List a tender’s lots',
  description: 'For its team: the lots in the order of their numbers, with the tender’s version.',
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The lots',
      content: { 'application/json': { schema: TenderLotListResponse } },
    },
  },
});

export function registerListTenderLots(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTenderLotsRoute, async (c) => {
    const lots = await listTenderLots({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(lots, 200);
  });
}
