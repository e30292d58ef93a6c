import type { OpenAPIHono } from '@hono/zod-openapi';
import { AuthorityListResponse } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listAuthorities } from '../../services/self-assessments/list-authorities.ts';

const listAuthoritiesRoute = defineRoute({
  method: 'get',
  path: '/authorities',
  operationId: 'listAuthorities',
  tags: ['vendors'],
  summary: 'List the authorities you may grant evidence access to',
  description: 'Id and name of every enabled authority organisation, by name.',
  responses: {
    200: {
      description: 'The authorities',
      content: { 'application/json': { schema: AuthorityListResponse } },
    },
  },
});

export function registerListAuthorities(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listAuthoritiesRoute, async (c) => {
    const list = await listAuthorities({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
}
