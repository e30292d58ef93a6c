import type { OpenAPIHono } from '@hono/zod-openapi';
import { PublishedTenderParams, TenderInterestListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderInterests } from '../../services/tender-questions/list-tender-interests.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/interests',
  operationId: 'listTenderInterests',
  tags: ['tenders'],
  summary: 'List the vendors interested in a tender',
  description:
    'For the tender’s team: the vendor organisations that registered interest and so receive ' +
    'the tender’s notices, and when they registered.',
  request: { params: PublishedTenderParams },
  responses: {
    200: {
      description: 'The interested vendors',
      content: { 'application/json': { schema: TenderInterestListResponse } },
    },
  },
});

export function registerListTenderInterests(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const result = await listTenderInterests({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
