import type { OpenAPIHono } from '@hono/zod-openapi';
import { RegistryServiceParams, RegistryServiceResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getRegistryService } from '../../services/registry/get-registry-service.ts';

const getServiceRoute = defineRoute({
  method: 'get',
  path: '/services/{serviceId}',
  operationId: 'getRegistryService',
  tags: ['registry'],
  summary: 'Read a published service',
  description:
    'For officers and reviewers: the service with its published versions and the vendor’s ' +
    'legal name as last published. A service without a published version is not found.',
  request: { params: RegistryServiceParams },
  responses: {
    200: {
      description: 'The service',
      content: { 'application/json': { schema: RegistryServiceResponse } },
    },
  },
});

export function registerGetRegistryService(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getServiceRoute, async (c) => {
    const service = await getRegistryService({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(service, 200);
  });
}
