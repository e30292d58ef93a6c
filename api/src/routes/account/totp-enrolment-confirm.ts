import type { OpenAPIHono } from '@hono/zod-openapi';
import { ConfirmTotpEnrolmentRequest, RecoveryCodesResponse } from '@tenderwise/schema';
import { confirmTotpEnrolment } from '../../services/second-factor/confirm-totp-enrolment.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf, setSessionCookie } from './session.ts';

const confirmTotpEnrolmentRoute = defineRoute({
  method: 'post',
  path: '/totp/enrolment/confirm',
  operationId: 'confirmTotpEnrolment',
  tags: ['account'],
  summary: 'Finish setting up TOTP with the first code',
  description:
    'Stores the key once a code for it is valid, ends every other session of the user and ' +
    'replaces this one by a signed-in session with a new id (set in the cookie). Answers the ' +
    'recovery codes, which are shown this once. A wrong code: 422 (start again with the same key).',
  request: {
    body: { content: { 'application/json': { schema: ConfirmTotpEnrolmentRequest } } },
  },
  problems: [409],
  responses: {
    200: {
      description: 'TOTP is set up; keep the recovery codes',
      headers: { 'set-cookie': { description: 'The new session', schema: { type: 'string' } } },
      content: { 'application/json': { schema: RecoveryCodesResponse } },
    },
  },
});

export function registerConfirmTotpEnrolment(router: OpenAPIHono<AppEnv>) {
  return router.openapi(confirmTotpEnrolmentRoute, async (c) => {
    noStore(c);
    const { secret, code } = c.req.valid('json');
    const confirmed = await confirmTotpEnrolment({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c), secret, code },
    });
    setSessionCookie(c, confirmed.session);
    return c.json({ recoveryCodes: confirmed.recoveryCodes }, 200);
  });
}
