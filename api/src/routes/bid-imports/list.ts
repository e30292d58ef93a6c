import type { OpenAPIHono } from '@hono/zod-openapi';
import { BidImportList, TenderParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listBidImports } from '../../services/bid-imports/bid-imports.ts';

const listRoute = defineRoute({
  method: 'get',
  path: '/tenders/{tenderId}/bid-imports',
  operationId: 'listBidImports',
  tags: ['bids'],
  summary: 'List the imports of platform exports of a tender',
  description:
    'For officers on the tender’s team: each import with the name, size and SHA-256 of the ' +
    'export and of the platform’s opening record, the platform, the format, the bids per lot, ' +
    'and who imported it when; newest first.',
  request: { params: TenderParams },
  responses: {
    200: {
      description: 'The imports, newest first',
      content: { 'application/json': { schema: BidImportList } },
    },
  },
});

export function registerListBidImports(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listRoute, async (c) => {
    const list = await listBidImports({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
}
