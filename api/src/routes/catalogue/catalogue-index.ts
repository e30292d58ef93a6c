import type { OpenAPIHono } from '@hono/zod-openapi';
import { CatalogueIndexResponse } from '@tenderwise/schema';
import { getCatalogueIndex } from '../../services/catalogue/get-catalogue-index.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { referenceDataCaching } from './caching.ts';

const catalogueIndexRoute = defineRoute({
  method: 'get',
  path: '/catalogue',
  operationId: 'getCatalogueIndex',
  tags: ['catalogue'],
  summary: 'List the criteria catalogues with their versions',
  description:
    'Every catalogue file loaded from `seed/catalogue/` (`npm run seed`): id, version, ' +
    'changelog, number of entries and how many of them were checked against the text of their ' +
    'sources (`verified`). Empty until the catalogue has been loaded.',
  responses: {
    200: {
      description: 'The catalogues and the share of verified entries',
      content: { 'application/json': { schema: CatalogueIndexResponse } },
    },
  },
});

export function registerCatalogueIndex(router: OpenAPIHono<AppEnv>) {
  return router.openapi(catalogueIndexRoute, async (c) => {
    const index = await getCatalogueIndex({ ctx: await serviceContextOf(c) });
    c.header('cache-control', referenceDataCaching);
    return c.json(index, 200);
  });
}
