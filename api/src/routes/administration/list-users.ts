import type { OpenAPIHono } from '@hono/zod-openapi';
import { OrganisationParams, UserListResponse } from '@tenderwise/schema';
import { listUsers } from '../../services/users/list-users.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { userResponse } from '../../services/views/administration.ts';

const listUsersRoute = defineRoute({
  method: 'get',
  path: '/organisations/{organisationId}/users',
  operationId: 'listUsers',
  tags: ['administration'],
  summary: 'List the users of an organisation',
  description:
    'For administrators. Shows whether each user has set a password and whether they are ' +
    'disabled; never a password hash, TOTP secret or invitation token.',
  request: { params: OrganisationParams },
  responses: {
    200: {
      description: 'The users, oldest first',
      content: { 'application/json': { schema: UserListResponse } },
    },
  },
});

export function registerListUsers(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listUsersRoute, async (c) => {
    const users = await listUsers({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.json({ users: users.map(userResponse) }, 200);
  });
}
