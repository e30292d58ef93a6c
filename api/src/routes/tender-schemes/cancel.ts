import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CancelTenderInput,
  TenderCancellationResponse,
  TenderSchemesParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { cancelTender } from '../../services/tender-schemes/cancel-tender.ts';

const route = defineRoute({
  method: 'post',
  path: '/{tenderId}/cancellation',
  operationId: 'cancelTender',
  tags: ['tenders'],
  summary: 'Cancel a tender',
  description:
    'For the officers on the team in any state before the award (Aufhebung): the ground of ' +
    '§ 63 (1) S. 1 Nr. 1–4 VgV (§ 48 (1) UVgO) and the reasons. Nothing is deleted; every ' +
    'vendor that registered interest is notified (§ 63 (2) VgV).',
  request: {
    params: TenderSchemesParams,
    body: { content: { 'application/json': { schema: CancelTenderInput } } },
  },
  responses: {
    200: {
      description: 'The cancelled tender',
      content: { 'application/json': { schema: TenderCancellationResponse } },
    },
  },
});

export function registerCancelTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const cancelled = await cancelTender({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(cancelled, 200);
  });
}
