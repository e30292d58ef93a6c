import type { OpenAPIHono } from '@hono/zod-openapi';
import { CatalogueEntryListQuery, CatalogueEntryListResponse } from '@tenderwise/schema';
import { listCatalogueEntries } from '../../services/catalogue/list-catalogue-entries.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const listEntriesRoute = defineRoute({
  method: 'get',
  path: '/catalogue/entries',
  operationId: 'listCatalogueEntries',
  tags: ['catalogue'],
  summary: 'List catalogue entries',
  description:
    'Catalogue entries in catalogue order, each with its catalogue file and version: title and ' +
    'description in German and English, the legal types it can take and why, how it is ' +
    'evidenced and verified, its sources, and whether it was checked against them. Filter by ' +
    'catalogue file, kind, legal type or verification.',
  request: { query: CatalogueEntryListQuery },
  responses: {
    200: {
      description: 'The matching entries',
      content: { 'application/json': { schema: CatalogueEntryListResponse } },
    },
  },
});

export function registerListEntries(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listEntriesRoute, async (c) => {
    const answer = await listCatalogueEntries({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', referenceDataCaching);
    return c.json(answer, 200);
  });
}
