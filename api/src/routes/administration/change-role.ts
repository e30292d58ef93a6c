import type { OpenAPIHono } from '@hono/zod-openapi';
import { AccountChangeResponse, ChangeRoleInput, UserParams } from '@tenderwise/schema';
import { changeUserRole } from '../../services/users/change-user-role.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { userResponse } from '../../services/views/administration.ts';

const changeRoleRoute = defineRoute({
  method: 'patch',
  path: '/users/{userId}',
  operationId: 'changeUserRole',
  tags: ['administration'],
  summary: 'Change a user’s role',
  description:
    'Ends all the user’s sessions: a change of privilege needs a new login. The role must fit ' +
    'the organisation (vendor in a vendor organisation, the others in an authority); the last ' +
    'active administrator keeps the role.',
  request: {
    params: UserParams,
    body: { content: { 'application/json': { schema: ChangeRoleInput } } },
  },
  responses: {
    200: {
      description: 'The user with the new role, and how many sessions ended',
      content: { 'application/json': { schema: AccountChangeResponse } },
    },
  },
});

export function registerChangeRole(router: OpenAPIHono<AppEnv>) {
  return router.openapi(changeRoleRoute, async (c) => {
    const { userId } = c.req.valid('param');
    const change = await changeUserRole({
      ctx: await serviceContextOf(c),
      input: { userId, role: c.req.valid('json').role },
    });
    c.header('cache-control', 'no-store');
    return c.json({ user: userResponse(change.user), endedSessions: change.endedSessions }, 200);
  });
}
