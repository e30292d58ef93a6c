import type { OpenAPIHono } from '@hono/zod-openapi';
import { DeleteTenderLotQuery, TenderLotParams, TenderVersionResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { deleteTenderLot } from '../../services/tenders/delete-tender-lot.ts';

const deleteTenderLotRoute = defineRoute({
  method: 'delete',
  path: '/{tenderId}/lots/{lotNumber}',
  operationId: 'deleteTenderLot',
  tags: ['tenders'],
  summary: 'Remove a lot from a draft tender',
  description:
    'For the officers on its team while the tender is a draft; the lot’s draft scheme goes ' +
    'with it, the other lots keep their numbers. The last lot cannot be removed, nor one that ' +
    'would leave fewer lots than a lot limit (409). Send the tender’s `version` you read (409 ' +
    'when stale).',
  problems: [409],
  request: { params: TenderLotParams, query: DeleteTenderLotQuery },
  responses: {
    200: {
      description: 'The tender’s new version',
      content: { 'application/json': { schema: TenderVersionResponse } },
    },
  },
});

export function registerDeleteTenderLot(router: OpenAPIHono<AppEnv>) {
  return router.openapi(deleteTenderLotRoute, async (c) => {
    const result = await deleteTenderLot({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
