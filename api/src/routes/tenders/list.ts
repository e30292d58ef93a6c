import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderListQuery, TenderListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenders } from '../../services/tenders/list-tenders.ts';

const listTendersRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listTenders',
  tags: ['tenders'],
  summary: 'List the tenders you are on the team of',
  description:
    'For officers and reviewers: the tenders on whose team you are, in any capacity, newest ' +
    'first, each with your capacities. Other tenders of your authority are not listed.',
  request: { query: TenderListQuery },
  responses: {
    200: {
      description: 'One page of tenders',
      content: { 'application/json': { schema: TenderListResponse } },
    },
  },
});

export function registerListTenders(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTendersRoute, async (c) => {
    const page = await listTenders({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
