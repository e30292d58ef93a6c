import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderListQuery, PublishedTenderListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listPublishedTenders } from '../../services/public-tenders/list-published-tenders.ts';

const route = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listPublishedTenders',
  tags: ['public-tenders'],
  summary: 'List published tenders',
  description:
    'Free and open to everybody without an account (§ 41 (1) VgV): the published tenders, the newest publication first, optionally only those whose submission period runs (`open`) or has ended (`closed`). Drafts are never listed.',
  request: { query: PublishedTenderListQuery },
  responses: {
    200: {
      description: 'One page of published tenders',
      content: { 'application/json': { schema: PublishedTenderListResponse } },
    },
  },
});

export function registerListPublishedTenders(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await listPublishedTenders({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
