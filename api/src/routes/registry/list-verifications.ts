import type { OpenAPIHono } from '@hono/zod-openapi';
import { RegistryVersionParams, VerificationListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listVerifications } from '../../services/registry/list-verifications.ts';

const listRoute = defineRoute({
  method: 'get',
  path: '/services/{serviceId}/versions/{number}/verifications',
  operationId: 'listRegistryVerifications',
  tags: ['registry'],
  summary: 'List your authority’s verifications of a version',
  description:
    'For officers and reviewers: the verifications your authority recorded for the version’s ' +
    'attestations, oldest first, with who recorded them. Other authorities’ records are not ' +
    'shown.',
  request: { params: RegistryVersionParams },
  responses: {
    200: {
      description: 'The verifications',
      content: { 'application/json': { schema: VerificationListResponse } },
    },
  },
});

export function registerListRegistryVerifications(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listRoute, async (c) => {
    const list = await listVerifications({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
}
