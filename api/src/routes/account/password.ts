import type { OpenAPIHono } from '@hono/zod-openapi';
import { ChangePasswordRequest } from '@tenderwise/schema';
import { changePassword } from '../../services/sessions/change-password.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { withPasswordChangeLimit } from '../../http/rate-limit/account.ts';
import { withPasswordProblemCodes } from './password-problems.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf } from './session.ts';

const changePasswordRoute = defineRoute({
  method: 'post',
  path: '/password',
  operationId: 'changeOwnPassword',
  tags: ['account'],
  summary: 'Change my password',
  description:
    'Needs the current password again. Every other session of the user ends; this one stays. ' +
    'A wrong current password: 422 with pointer `/currentPassword`. A new password the policy ' +
    'refuses: 422 with one entry per reason, pointer `/newPassword` and the reason code as ' +
    '`detail` (`too-short`, `too-long`, `common`, `contains-personal-data`, ' +
    '`contains-context-word`).',
  request: { body: { content: { 'application/json': { schema: ChangePasswordRequest } } } },
  problems: [429],
  responses: { 204: { description: 'The password is changed; other sessions have ended' } },
});

export function registerChangePassword(router: OpenAPIHono<AppEnv>) {
  return router.openapi(changePasswordRoute, async (c) => {
    noStore(c);
    const { currentPassword, newPassword } = c.req.valid('json');
    const ctx = await serviceContextOf(c);
    await withPasswordProblemCodes('/newPassword', () =>
      withPasswordChangeLimit(c, () =>
        changePassword({
          ctx,
          input: { sessionToken: sessionTokenOf(c), currentPassword, newPassword },
        }),
      ),
    );
    return c.body(null, 204);
  });
}
