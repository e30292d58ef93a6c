import type { OpenAPIHono } from '@hono/zod-openapi';
import { RegistrySearchQuery, RegistrySearchResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { searchRegistry } from '../../services/registry/search-registry.ts';

const searchRoute = defineRoute({
  method: 'get',
  path: '/services',
  operationId: 'searchRegistry',
  tags: ['registry'],
  summary: 'Search the registry’s published services',
  description:
    'For officers and reviewers: each service’s latest published version that meets every ' +
    'criterion given (AND): attestations held, covering the service and valid on `validOn` ' +
    '(today when absent) by the scheme’s validity rule; any of the key controls; data, ' +
    'processing, support and administration all in the EEA (or Germany); at least the SEAL ' +
    'levels; the C3A criteria met; `q` in the vendor’s or service’s name. Ordered by service ' +
    'name.',
  request: { query: RegistrySearchQuery },
  responses: {
    200: {
      description: 'One page of matching services',
      content: { 'application/json': { schema: RegistrySearchResponse } },
    },
  },
});

export function registerSearchRegistry(router: OpenAPIHono<AppEnv>) {
  return router.openapi(searchRoute, async (c) => {
    const page = await searchRegistry({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
