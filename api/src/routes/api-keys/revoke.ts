import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiKeyParams } from '@tenderwise/schema';
import { revokeApiKey } from '../../services/api-keys/revoke-api-key.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const revokeApiKeyRoute = defineRoute({
  method: 'delete',
  path: '/{keyId}',
  operationId: 'revokeApiKey',
  tags: ['api-keys'],
  summary: 'Revoke an API key',
  description:
    'Immediate: the next request with the key is anonymous. Revoking twice keeps the first ' +
    'time. Vendor users revoke their own organisation’s keys: another organisation’s key is not ' +
    'found, exactly like a key that does not exist. Administrators revoke any key, for a vendor ' +
    'who lost control of one (`GET /api/v1/organisations/{organisationId}/api-keys` lists them).',
  request: { params: ApiKeyParams },
  responses: {
    204: { description: 'The key is revoked' },
  },
});

export function registerRevokeApiKey(router: OpenAPIHono<AppEnv>) {
  return router.openapi(revokeApiKeyRoute, async (c) => {
    await revokeApiKey({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
