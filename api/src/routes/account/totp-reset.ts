import type { OpenAPIHono } from '@hono/zod-openapi';
import { LoginResponse, ResetOwnTotpRequest } from '@tenderwise/schema';
import { resetOwnTotp } from '../../services/second-factor/reset-own-totp.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { withPasswordChangeLimit } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf, setSessionCookie } from './session.ts';

const resetOwnTotpRoute = defineRoute({
  method: 'post',
  path: '/totp/reset',
  operationId: 'resetOwnTotp',
  tags: ['account'],
  summary: 'Remove my TOTP key and recovery codes',
  description:
    'For a new phone or used-up recovery codes. Needs the password again (a wrong one: 422 with ' +
    'pointer `/password`). Every other session ends and this one is replaced (new cookie). ' +
    'Officers and administrators get `stage: enrolment`: they must set up TOTP again with ' +
    '`startTotpEnrolment` before they can do anything else. Other roles get `stage: full`.',
  request: { body: { content: { 'application/json': { schema: ResetOwnTotpRequest } } } },
  responses: {
    200: {
      description: 'TOTP is removed; the new session cookie is set',
      headers: { 'set-cookie': { description: 'The new session', schema: { type: 'string' } } },
      content: { 'application/json': { schema: LoginResponse } },
    },
  },
});

export function registerResetOwnTotp(router: OpenAPIHono<AppEnv>) {
  return router.openapi(resetOwnTotpRoute, async (c) => {
    noStore(c);
    const ctx = await serviceContextOf(c);
    // Verifies the password like a password change, so it draws on the same budget: otherwise
    // a session left open would be a way to guess the password without limit.
    const reset = await withPasswordChangeLimit(c, () =>
      resetOwnTotp({
        ctx,
        input: { sessionToken: sessionTokenOf(c), password: c.req.valid('json').password },
      }),
    );
    setSessionCookie(c, reset.session);
    return c.json(
      { stage: reset.enrolmentRequired ? ('enrolment' as const) : ('full' as const) },
      200,
    );
  });
}
