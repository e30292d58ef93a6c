import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderLotSchemeParams, TenderLotSchemeResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getTenderLotScheme } from '../../services/tender-schemes/get-tender-lot-scheme.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/lots/{lotNumber}/scheme',
  operationId: 'getTenderLotScheme',
  tags: ['tenders'],
  summary: 'Read the scheme of a lot',
  description:
    'For the tender’s team. While the tender is a draft: the lot’s draft scheme with its ' +
    'origin, the lot’s version to send with the next save, and the rules of evaluation it still ' +
    'breaks (`issues`). Once published: the latest published version with its commitment.',
  request: { params: TenderLotSchemeParams },
  responses: {
    200: {
      description: 'The lot’s scheme',
      content: { 'application/json': { schema: TenderLotSchemeResponse } },
    },
  },
});

export function registerGetTenderLotScheme(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const found = await getTenderLotScheme({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(found, 200);
  });
}
