import type { OpenAPIHono } from '@hono/zod-openapi';
import { AccountChangeResponse, UserParams } from '@tenderwise/schema';
import { disableUser } from '../../services/users/disable-user.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { userResponse } from '../../services/views/administration.ts';

const disableUserRoute = defineRoute({
  method: 'post',
  path: '/users/{userId}/disable',
  operationId: 'disableUser',
  tags: ['administration'],
  summary: 'Disable a user',
  description:
    'Ends the user’s sessions and open invitations at once and revokes the API keys they ' +
    'created; the user can no longer log in. Disabling twice changes nothing. Your own account, ' +
    'or the last active administrator: 409.',
  request: { params: UserParams },
  responses: {
    200: {
      description: 'The disabled user, and how many sessions ended',
      content: { 'application/json': { schema: AccountChangeResponse } },
    },
  },
});

export function registerDisableUser(router: OpenAPIHono<AppEnv>) {
  return router.openapi(disableUserRoute, async (c) => {
    const change = await disableUser({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json({ user: userResponse(change.user), endedSessions: change.endedSessions }, 200);
  });
}
