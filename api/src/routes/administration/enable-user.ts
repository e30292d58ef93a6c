import type { OpenAPIHono } from '@hono/zod-openapi';
import { UserParams, UserResponse } from '@tenderwise/schema';
import { enableUser } from '../../services/users/enable-user.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { userResponse } from '../../services/views/administration.ts';

const enableUserRoute = defineRoute({
  method: 'post',
  path: '/users/{userId}/enable',
  operationId: 'enableUser',
  tags: ['administration'],
  summary: 'Enable a disabled user again',
  description:
    'The user logs in again with the password (and TOTP) they had. What disabling ended stays ' +
    'ended: sessions, invitation links (a user without a password needs a new one) and the API ' +
    'keys they created. Enabling an active user changes nothing.',
  request: { params: UserParams },
  responses: {
    200: {
      description: 'The user, active again',
      content: { 'application/json': { schema: UserResponse } },
    },
  },
});

export function registerEnableUser(router: OpenAPIHono<AppEnv>) {
  return router.openapi(enableUserRoute, async (c) => {
    const user = await enableUser({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(userResponse(user), 200);
  });
}
