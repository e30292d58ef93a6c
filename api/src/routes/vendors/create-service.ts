import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateVendorServiceInput, VendorServiceResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createVendorService } from '../../services/self-assessments/create-vendor-service.ts';

const createVendorServiceRoute = defineRoute({
  method: 'post',
  path: '/vendor-services',
  operationId: 'createVendorService',
  tags: ['vendors'],
  summary: 'Add a service',
  description:
    'A service your organisation offers, e.g. "Sovereign Cloud IaaS, Region DE"; its ' +
    'self-assessments are versions of it. The name must be new among your services (409).',
  problems: [409],
  request: {
    body: { content: { 'application/json': { schema: CreateVendorServiceInput } } },
  },
  responses: {
    201: {
      description: 'The service, created',
      content: { 'application/json': { schema: VendorServiceResponse } },
    },
  },
});

export function registerCreateVendorService(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createVendorServiceRoute, async (c) => {
    const service = await createVendorService({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(service, 201);
  });
}
