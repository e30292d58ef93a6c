import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiKeyListResponse, OrganisationParams } from '@tenderwise/schema';
import { listOrganisationApiKeys } from '../../services/api-keys/list-organisation-api-keys.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { apiKeyResponse } from '../api-keys/responses.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const listOrganisationApiKeysRoute = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/api-keys',
  operationId: 'listOrganisationApiKeys',
  tags: ['administration'],
  summary: 'List the API keys of an organisation',
  description:
    'For administrators, to revoke a key a vendor lost control of (`DELETE ' +
    '/api/v1/api-keys/{keyId}`). Revoked and expired keys included; never a secret. An ' +
    'authority has none.',
  request: { params: OrganisationParams },
  responses: {
    200: {
      description: 'The keys, newest first',
      content: { 'application/json': { schema: ApiKeyListResponse } },
    },
  },
});

export function registerListOrganisationApiKeys(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOrganisationApiKeysRoute, async (c) => {
    const keys = await listOrganisationApiKeys({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json({ keys: keys.map(apiKeyResponse) }, 200);
  });
}
