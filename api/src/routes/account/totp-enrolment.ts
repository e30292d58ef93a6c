import type { OpenAPIHono } from '@hono/zod-openapi';
import { TotpEnrolmentResponse } from '@tenderwise/schema';
import { startTotpEnrolment } from '../../services/second-factor/start-totp-enrolment.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { noStore, sessionTokenOf } from './session.ts';

const totpEnrolmentRoute = defineRoute({
  method: 'post',
  path: '/totp/enrolment',
  operationId: 'startTotpEnrolment',
  tags: ['account'],
  summary: 'Start setting up TOTP',
  description:
    'Creates a new key and returns it as an `otpauth://` URI, a QR code and base32 text. ' +
    'Nothing is stored: confirm with the key and the first code the app shows. POST, because ' +
    'every call creates a new secret that must not be cached or prefetched. For an enrolment ' +
    'session after login, or a full session of a user without TOTP; 409 when TOTP is set up.',
  problems: [409],
  responses: {
    200: {
      description: 'A new key to put into the authenticator app',
      content: { 'application/json': { schema: TotpEnrolmentResponse } },
    },
  },
});

export function registerTotpEnrolment(router: OpenAPIHono<AppEnv>) {
  return router.openapi(totpEnrolmentRoute, async (c) => {
    noStore(c);
    const enrolment = await startTotpEnrolment({
      ctx: await serviceContextOf(c),
      input: { sessionToken: sessionTokenOf(c) },
    });
    return c.json(enrolment, 200);
  });
}
