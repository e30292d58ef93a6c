import type { OpenAPIHono } from '@hono/zod-openapi';
import { VendorServiceParams, VendorServiceResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getVendorService } from '../../services/self-assessments/get-vendor-service.ts';

const getVendorServiceRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}',
  operationId: 'getVendorService',
  tags: ['vendors'],
  summary: 'Read one of your services',
  description: 'With its newest published version and its draft. Another vendor’s service: 404.',
  request: { params: VendorServiceParams },
  responses: {
    200: {
      description: 'The service',
      content: { 'application/json': { schema: VendorServiceResponse } },
    },
  },
});

export function registerGetVendorService(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getVendorServiceRoute, async (c) => {
    const service = await getVendorService({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(service, 200);
  });
}
