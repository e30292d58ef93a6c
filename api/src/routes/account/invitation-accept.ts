import type { OpenAPIHono } from '@hono/zod-openapi';
import { AcceptInvitationRequest } from '@tenderwise/schema';
import { checkInvitationPassword } from '../../services/users/check-invitation.ts';
import { PasswordPolicyError } from '../../services/sessions/password-policy-error.ts';
import { acceptInvitation } from '../../services/users/accept-invitation.ts';
import { checkPassword, passwordHashingOr } from '../../security/credentials/index.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { limitInvitationAcceptance } from '../../http/rate-limit/account.ts';
import { withPasswordProblemCodes } from './password-problems.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore } from './session.ts';

const acceptInvitationRoute = defineRoute({
  method: 'post',
  path: '/invitations/accept',
  operationId: 'acceptInvitation',
  tags: ['account'],
  summary: 'Set my first password with an invitation',
  description:
    'The token of the invitation link goes in the body, never in a URL (URLs end up in logs). ' +
    'An invitation works once and until it expires (409 after either); a token that names no ' +
    'invitation, or the invitation of a disabled user, gets 404. A password the policy ' +
    'refuses, the invitee’s own name and e-mail address included: 422 with the reason codes as ' +
    '`errors[].detail` (pointer `/password`). Officers and administrators set up TOTP at their ' +
    'first login.',
  request: { body: { content: { 'application/json': { schema: AcceptInvitationRequest } } } },
  problems: [404, 409, 429],
  responses: { 204: { description: 'The password is set; log in with it' } },
});

export function registerAcceptInvitation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(acceptInvitationRoute, async (c) => {
    noStore(c);
    const { token, password } = c.req.valid('json');
    const ctx = await serviceContextOf(c);
    await withPasswordProblemCodes('/password', async () => {
      // The rules that need no account first, for free: a refusal here uses up no attempt.
      const check = checkPassword(password);
      if (!check.ok) throw new PasswordPolicyError(check.problems);
      await limitInvitationAcceptance(c, token);
      // Then the invitee's name, e-mail address and organisation: only within the limit, as the
      // answer tells whether the password contains them.
      await checkInvitationPassword({ ctx, input: { token, password } });
      const passwordHash = await passwordHashingOr(ctx.passwordHashing).hashPassword(password);
      await acceptInvitation({ ctx, input: { token, passwordHash } });
    });
    return c.body(null, 204);
  });
}
