import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  TenderSchemesParams,
  TenderSchemeVersionListQuery,
  TenderSchemeVersionListResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listTenderSchemeVersions } from '../../services/tender-schemes/list-tender-scheme-versions.ts';

const route = defineRoute({
  method: 'get',
  path: '/{tenderId}/scheme-versions',
  operationId: 'listTenderSchemeVersions',
  tags: ['tenders'],
  summary: 'List the published scheme versions of a tender',
  description:
    'For the tender’s team: every published version by lot and number (of one lot with ' +
    '`lot`), with its commitment and the number of the correction that made it (null for ' +
    'version 1, frozen by the publication). The schemes are read one by one.',
  request: { params: TenderSchemesParams, query: TenderSchemeVersionListQuery },
  responses: {
    200: {
      description: 'The versions',
      content: { 'application/json': { schema: TenderSchemeVersionListResponse } },
    },
  },
});

export function registerListTenderSchemeVersions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(route, async (c) => {
    const list = await listTenderSchemeVersions({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
}
