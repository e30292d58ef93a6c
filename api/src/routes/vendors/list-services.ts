import type { OpenAPIHono } from '@hono/zod-openapi';
import { VendorServiceListQuery, VendorServiceListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listVendorServices } from '../../services/self-assessments/list-vendor-services.ts';

const listVendorServicesRoute = defineRoute({
  method: 'get',
  path: '/vendor-services',
  operationId: 'listVendorServices',
  tags: ['vendors'],
  summary: "List your organisation's services",
  description:
    'Your own services in the order they were created, each with its newest published version ' +
    'and its draft.',
  request: { query: VendorServiceListQuery },
  responses: {
    200: {
      description: 'One page of services',
      content: { 'application/json': { schema: VendorServiceListResponse } },
    },
  },
});

export function registerListVendorServices(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listVendorServicesRoute, async (c) => {
    const page = await listVendorServices({
      ctx: await serviceContextOf(c),
      input: c.req.valid('query'),
    });
    c.header('cache-control', 'no-store');
    return c.json(page, 200);
  });
}
