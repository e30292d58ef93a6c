import type { OpenAPIHono } from '@hono/zod-openapi';
import { UserParams } from '@tenderwise/schema';
import { resetUserTotp } from '../../services/second-factor/reset-user-totp.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';

const resetUserTotpRoute = defineRoute({
  method: 'post',
  path: '/users/{userId}/totp/reset',
  operationId: 'resetUserTotp',
  tags: ['administration'],
  summary: 'Remove a user’s TOTP key and recovery codes',
  description:
    'For a user who lost the phone and the recovery codes. All their sessions end; officers and ' +
    'administrators set up TOTP again at their next login. Check who is asking before you do ' +
    'this: it removes the second factor.',
  request: { params: UserParams },
  responses: { 204: { description: 'TOTP is removed and the user’s sessions have ended' } },
});

export function registerResetUserTotp(router: OpenAPIHono<AppEnv>) {
  return router.openapi(resetUserTotpRoute, async (c) => {
    await resetUserTotp({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
