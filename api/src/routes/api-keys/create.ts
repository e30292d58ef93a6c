import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateApiKeyInput, CreatedApiKeyResponse } from '@tenderwise/schema';
import { createApiKey } from '../../services/api-keys/create-api-key.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { apiKeyResponse } from './responses.ts';

const createApiKeyRoute = defineRoute({
  method: 'post',
  path: '/',
  operationId: 'createApiKey',
  tags: ['api-keys'],
  summary: 'Create an API key for your vendor organisation',
  description:
    'For vendor users signed in with a session (a key cannot create keys). The key ' +
    '(`tw_<id>.<secret>`, 160 random bits of secret) is in this response only and stored only ' +
    'as a hash; send it as `Authorization: Bearer <key>`, never in a URL. It expires at ' +
    '`expiresAt` (at most a year ahead) and may do only what its scopes allow.',
  problems: [403, 404],
  request: {
    body: { content: { 'application/json': { schema: CreateApiKeyInput } } },
  },
  responses: {
    201: {
      description: 'The new key and, this once, its token',
      content: { 'application/json': { schema: CreatedApiKeyResponse } },
    },
  },
});

export function registerCreateApiKey(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createApiKeyRoute, async (c) => {
    const { name, scopes, expiresAt } = c.req.valid('json');
    const created = await createApiKey({
      ctx: await serviceContextOf(c),
      input: { name, scopes, expiresAt: new Date(expiresAt) },
    });
    c.header('cache-control', 'no-store');
    return c.json({ key: apiKeyResponse(created.key), token: created.token }, 201);
  });
}
