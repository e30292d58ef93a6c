import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderParams, PublishedTenderResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getPublishedTender } from '../../services/public-tenders/get-published-tender.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}',
  operationId: 'getPublishedTender',
  tags: ['public-tenders'],
  summary: 'Read a published tender',
  description:
    'Free and open to everybody (§ 41 (1) VgV): the authority, reference, title, description, CPV codes, regime and procedure type, the deadlines, the lots with their scheme versions and commitments, corrections and a cancellation. A draft is not found (404). A vendor’s user or API key also sees `interestRegistered`.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'The published tender',
      content: { 'application/json': { schema: PublishedTenderResponse } },
    },
  },
});

export function registerGetPublishedTender(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await getPublishedTender({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
