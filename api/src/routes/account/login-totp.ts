import type { OpenAPIHono } from '@hono/zod-openapi';
import { SecondFactorRequest, SignedInResponse } from '@tenderwise/schema';
import { completeTotp } from '../../services/second-factor/complete-totp.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { withSecondFactorLimit } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf, setSessionCookie } from './session.ts';

const loginTotpRoute = defineRoute({
  method: 'post',
  path: '/login/totp',
  operationId: 'completeTotpLogin',
  tags: ['account'],
  summary: 'Complete the login with a TOTP code',
  description:
    'Second step after `loginWithPassword` answered `stage: totp`. Each code works once. The ' +
    'pending session ends and a new one (new id) is set in the cookie. A wrong, reused or ' +
    'malformed code, and a session that is not waiting for a code, get 401.',
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

export function registerLoginTotp(router: OpenAPIHono<AppEnv>) {
  return router.openapi(loginTotpRoute, async (c) => {
    noStore(c);
    const ctx = await serviceContextOf(c);
    const session = await withSecondFactorLimit(c, () =>
      completeTotp({
        ctx,
        input: { sessionToken: sessionTokenOf(c), code: c.req.valid('json').code },
      }),
    );
    setSessionCookie(c, session);
    return c.json({ stage: 'full' as const }, 200);
  });
}
