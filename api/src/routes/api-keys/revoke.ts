import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiKeyParams } from '@tenderwise/schema';
import { revokeApiKey } from '../../accounts/api-keys.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { signedInUserOf } from '../administration/accounts-context.ts';

const revokeApiKeyRoute = defineRoute({
  method: 'delete',
  path: '/{keyId}',
  operationId: 'revokeApiKey',
  tags: ['api-keys'],
  summary: 'Revoke one of your organisation’s API keys',
  description:
    'Immediate: the next request with the key is anonymous. Revoking twice keeps the first ' +
    'time. Another organisation’s key is not found, exactly like a key that does not exist.',
  request: { params: ApiKeyParams },
  responses: {
    204: { description: 'The key is revoked' },
  },
});

export function registerRevokeApiKey(router: OpenAPIHono<AppEnv>) {
  return router.openapi(revokeApiKeyRoute, async (c) => {
    const vendor = await signedInUserOf(c);
    const { deps, requestId } = c.var;
    await revokeApiKey(deps.db, deps.clock, {
      keyId: c.req.valid('param').keyId,
      organisationId: vendor.organisationId,
      revokedBy: vendor.userId,
      requestId,
    });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
