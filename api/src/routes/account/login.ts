import type { OpenAPIHono } from '@hono/zod-openapi';
import { LoginRequest, LoginResponse } from '@tenderwise/schema';
import { loginWithPassword } from '../../services/sessions/login-with-password.ts';
import { clientAddressOf } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { withLoginLimits } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, setSessionCookie } from './session.ts';

const stageOf = {
  authenticated: 'full',
  'totp-required': 'totp',
  'totp-enrolment-required': 'enrolment',
} as const;

const loginRoute = defineRoute({
  method: 'post',
  path: '/login',
  operationId: 'loginWithPassword',
  tags: ['account'],
  summary: 'Log in with e-mail address and password',
  description:
    'Starts a new session (always a new id: a cookie from before the login is never promoted) ' +
    'and sets it in the session cookie. `stage` says what comes next: nothing (`full`), a TOTP ' +
    'or recovery code (`totp`), or setting up TOTP, which officers and administrators need ' +
    '(`enrolment`). An unknown address, a wrong password and a disabled account all get the ' +
    'same 401 problem.',
  request: { body: { content: { 'application/json': { schema: LoginRequest } } } },
  problems: [401, 429],
  responses: {
    200: {
      description: 'The password was right; the session cookie is set',
      headers: { 'set-cookie': { description: 'The new session', schema: { type: 'string' } } },
      content: { 'application/json': { schema: LoginResponse } },
    },
  },
});

export function registerLogin(router: OpenAPIHono<AppEnv>) {
  return router.openapi(loginRoute, async (c) => {
    noStore(c);
    const { email, password } = c.req.valid('json');
    const ctx = await serviceContextOf(c);
    const result = await withLoginLimits(c, email, () =>
      loginWithPassword({
        ctx,
        input: {
          email,
          password,
          userAgent: c.req.header('user-agent') ?? null,
          ipAddress: clientAddressOf(c) ?? null,
        },
      }),
    );
    setSessionCookie(c, result.session);
    return c.json({ stage: stageOf[result.state] }, 200);
  });
}
