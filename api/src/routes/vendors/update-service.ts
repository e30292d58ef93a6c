import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  UpdateVendorServiceInput,
  VendorServiceParams,
  VendorServiceResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { updateVendorService } from '../../services/self-assessments/update-vendor-service.ts';

const updateVendorServiceRoute = defineRoute({
  method: 'put',
  path: '/vendor-services/{serviceId}',
  operationId: 'updateVendorService',
  tags: ['vendors'],
  summary: 'Rename one of your services or change its summary',
  description:
    'Send name, summary and the `version` read (409 when stale, or when another of your ' +
    'services has the name). Published versions cite the service by id and do not change.',
  request: {
    params: VendorServiceParams,
    body: { content: { 'application/json': { schema: UpdateVendorServiceInput } } },
  },
  responses: {
    200: {
      description: 'The service at its next version',
      content: { 'application/json': { schema: VendorServiceResponse } },
    },
  },
});

export function registerUpdateVendorService(router: OpenAPIHono<AppEnv>) {
  return router.openapi(updateVendorServiceRoute, async (c) => {
    const service = await updateVendorService({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(service, 200);
  });
}
