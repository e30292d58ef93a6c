import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderParams, TenderResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTender } from '../../services/tenders/get-tender.ts';

const getTenderRoute = defineRoute({
  method: 'get',
  path: '/{tenderId}',
  operationId: 'getTender',
  tags: ['tenders'],
  summary: 'Read a tender',
  description:
    'For its team: the procedure with its stages, the estimated value with the computed ' +
    'contract value and the EU threshold it implies (with the table’s source and validity), the ' +
    'lots, the deadlines with their checks explained, publication and cancellation, your ' +
    'capacities and what you may do now. Anyone else gets 404.',
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The tender',
      content: { 'application/json': { schema: TenderResponse } },
    },
  },
});

export function registerGetTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getTenderRoute, async (c) => {
    const tender = await getTender({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(tender, 200);
  });
}
