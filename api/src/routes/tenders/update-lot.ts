import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderLotParams, TenderLotResponse, UpdateTenderLotInput } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateTenderLot } from '../../services/tenders/update-tender-lot.ts';

const updateTenderLotRoute = defineRoute({
  method: 'patch',
  path: '/{tenderId}/lots/{lotNumber}',
  operationId: 'updateTenderLot',
  tags: ['tenders'],
  summary: 'Change a lot’s title or description',
  description:
    'For the officers on its team while the tender is a draft. Send the tender’s `version` you ' +
    'read (409 when stale).',
  problems: [409],
  request: {
    params: TenderLotParams,
    body: { content: { 'application/json': { schema: UpdateTenderLotInput } } },
  },
  responses: {
    200: {
      description: 'The changed lot and the tender’s new version',
      content: { 'application/json': { schema: TenderLotResponse } },
    },
  },
});

export function registerUpdateTenderLot(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateTenderLotRoute, async (c) => {
    const lot = await updateTenderLot({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(lot, 200);
  });
}
