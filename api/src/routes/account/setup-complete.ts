import type { OpenAPIHono } from '@hono/zod-openapi';
import { CompleteSetupRequest, SetupCompletedResponse } from '@tenderwise/schema';
import { completeSetup } from '../../services/setup/complete-setup.ts';
import { checkSetupPassword } from '../../services/setup/setup-password.ts';
import { passwordHashingOr } from '../../security/credentials/index.ts';
import { clientAddressOf } from '../../http/client-address.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { limitSetupCompletion } from '../../http/rate-limit/account.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { withPasswordProblemCodes } from './password-problems.ts';
import { noStore, setSessionCookie } from './session.ts';

const completeSetupRoute = defineRoute({
  method: 'post',
  path: '/setup/complete',
  operationId: 'completeSetup',
  tags: ['account'],
  summary: 'Create the first administrator with the setup link',
  description:
    'Creates the installation’s first administrator with a password, and the authority they ' +
    'belong to (an active authority of that name is reused), and uses the setup link up in the ' +
    'same transaction: of two submissions at the same moment one succeeds, the other gets 409. ' +
    'The token goes in the body, never in a URL. An unknown link: 404; a used one, or any ' +
    'administrator existing (also one made with `admin:create`): 409. A password the policy ' +
    'refuses, the own name, e-mail address and authority included: 422 with the reason codes ' +
    'as `errors[].detail` (pointer `/password`), before any attempt is counted. Then limited ' +
    'per address and per token, like accepting an invitation. On success the new administrator ' +
    'is signed in with a session that may only set up TOTP next (`stage: enrolment`), as after ' +
    'an administrator’s first login.',
  request: { body: { content: { 'application/json': { schema: CompleteSetupRequest } } } },
  problems: [404, 409, 429],
  responses: {
    201: {
      description: 'The administrator exists and is signed in; the session cookie is set',
      headers: { 'set-cookie': { description: 'The new session', schema: { type: 'string' } } },
      content: { 'application/json': { schema: SetupCompletedResponse } },
    },
  },
});

export function registerCompleteSetup(router: OpenAPIHono<AppEnv>) {
  return router.openapi(completeSetupRoute, async (c) => {
    noStore(c);
    const { token, organisationName, displayName, email, password } = c.req.valid('json');
    const ctx = await serviceContextOf(c);
    const completed = await withPasswordProblemCodes('/password', async () => {
      // Everything the policy compares with is in the request: refusing costs no attempt.
      checkSetupPassword({ password, email, displayName, organisationName });
      await limitSetupCompletion(c, token);
      const passwordHash = await passwordHashingOr(ctx.passwordHashing).hashPassword(password);
      return completeSetup({
        ctx,
        input: {
          token,
          organisationName,
          displayName,
          email,
          passwordHash,
          userAgent: c.req.header('user-agent') ?? null,
          ipAddress: clientAddressOf(c) ?? null,
        },
      });
    });
    setSessionCookie(c, completed.session);
    await c.var.deps.setupLink?.administratorCreated();
    return c.json({ stage: 'enrolment' as const }, 201);
  });
}
