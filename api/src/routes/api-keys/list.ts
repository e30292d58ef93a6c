import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiKeyListResponse } from '@tenderwise/schema';
import { listOwnApiKeys } from '../../services/api-keys/list-api-keys.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { apiKeyResponse } from './responses.ts';

const listApiKeysRoute = defineRoute({
  method: 'get',
  path: '/',
  operationId: 'listApiKeys',
  tags: ['api-keys'],
  summary: 'List your vendor organisation’s API keys',
  description:
    'Name, scopes, creation, expiry, revocation and last use of every key of your organisation; ' +
    'never a key’s secret, which is shown only when it is created.',
  responses: {
    200: {
      description: 'The keys, newest first',
      content: { 'application/json': { schema: ApiKeyListResponse } },
    },
  },
});

export function registerListApiKeys(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listApiKeysRoute, async (c) => {
    const keys = await listOwnApiKeys({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json({ keys: keys.map(apiKeyResponse) }, 200);
  });
}
