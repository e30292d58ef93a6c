import type { OpenAPIHono } from '@hono/zod-openapi';
import { TenderProcedureTypeListResponse, TenderProcedureTypeQuery } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderProcedureTypes } from '../../services/tenders/list-tender-procedure-types.ts';

const listTenderProcedureTypesRoute = defineRoute({
  method: 'get',
  path: '/procedure-types',
  operationId: 'listTenderProcedureTypes',
  tags: ['tenders'],
  summary: 'List the procedure types of a regime',
  description:
    'For officers and reviewers: the procedure types the regime knows, open procedures first, ' +
    'each with its stages, whether it needs a recorded ground and the paragraphs it rests on.',
  request: { query: TenderProcedureTypeQuery },
  responses: {
    200: {
      description: 'The procedure types',
      content: { 'application/json': { schema: TenderProcedureTypeListResponse } },
    },
  },
});

export function registerListTenderProcedureTypes(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listTenderProcedureTypesRoute, async (c) => {
    const types = await listTenderProcedureTypes({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(types, 200);
  });
}
