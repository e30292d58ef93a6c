import type { OpenAPIHono } from '@hono/zod-openapi';
import { CatalogueEntryParams, StoredCatalogueEntry } from '@tenderwise/schema';
import { getCatalogueEntry } from '../../services/catalogue/get-catalogue-entry.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const getEntryRoute = defineRoute({
  method: 'get',
  path: '/catalogue/entries/{entryId}',
  operationId: 'getCatalogueEntry',
  tags: ['catalogue'],
  summary: 'Fetch one catalogue entry',
  description:
    'One entry by its stable id (e.g. `c3a.sov-4-09-c`), with its catalogue file and version.',
  request: { params: CatalogueEntryParams },
  responses: {
    200: {
      description: 'The entry',
      content: { 'application/json': { schema: StoredCatalogueEntry } },
    },
  },
});

export function registerGetEntry(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getEntryRoute, async (c) => {
    const entry = await getCatalogueEntry({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', referenceDataCaching);
    return c.json(entry, 200);
  });
}
