import type { OpenAPIHono } from '@hono/zod-openapi';
import { SecondFactorRequest, SignedInResponse } from '@tenderwise/schema';
import { useRecoveryCode } from '../../services/second-factor/use-recovery-code.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { withSecondFactorLimit } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf, setSessionCookie } from './session.ts';

const loginRecoveryCodeRoute = defineRoute({
  method: 'post',
  path: '/login/recovery-code',
  operationId: 'completeRecoveryCodeLogin',
  tags: ['account'],
  summary: 'Complete the login with a recovery code',
  description:
    'Instead of a TOTP code, when the authenticator app is lost. Each recovery code works once. ' +
    'The pending session ends and a new one (new id) is set in the cookie.',
  request: { body: { content: { 'application/json': { schema: SecondFactorRequest } } } },
  problems: [429],
  responses: {
    200: {
      description: 'Signed in; the new session cookie is set',
      headers: { 'set-cookie': { description: 'The new session', schema: { type: 'string' } } },
      content: { 'application/json': { schema: SignedInResponse } },
    },
  },
});

export function registerLoginRecoveryCode(router: OpenAPIHono<AppEnv>) {
  return router.openapi(loginRecoveryCodeRoute, async (c) => {
    noStore(c);
    const ctx = await serviceContextOf(c);
    const { session } = await withSecondFactorLimit(c, () =>
      useRecoveryCode({
        ctx,
        input: { sessionToken: sessionTokenOf(c), code: c.req.valid('json').code },
      }),
    );
    setSessionCookie(c, session);
    return c.json({ stage: 'full' as const }, 200);
  });
}
