import type { OpenAPIHono } from '@hono/zod-openapi';
import { CheckInvitationRequest, InvitationStatusResponse } from '@tenderwise/schema';
import { checkInvitation } from '../../services/users/check-invitation.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { limitInvitationCheck } from '../../http/rate-limit/account.ts';
import { noStore } from './session.ts';

const checkInvitationRoute = defineRoute({
  method: 'post',
  path: '/invitations/check',
  operationId: 'checkInvitation',
  tags: ['account'],
  summary: 'Check an invitation link before setting a password',
  description:
    'Whether the link still sets a password, so the invitation page can say so before anybody ' +
    'types one. Changes nothing and reveals nothing but the status: not whose link it is, nor ' +
    'until when. A POST only because the token belongs in a body, never in a URL. Limited per ' +
    'address and per token, separately from accepting.',
  request: { body: { content: { 'application/json': { schema: CheckInvitationRequest } } } },
  problems: [429],
  responses: {
    200: {
      description: 'The link’s status',
      content: { 'application/json': { schema: InvitationStatusResponse } },
    },
  },
});

export function registerCheckInvitation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(checkInvitationRoute, async (c) => {
    noStore(c);
    const { token } = c.req.valid('json');
    await limitInvitationCheck(c, token);
    const { db, clock } = c.var.deps;
    const status = await checkInvitation({ ctx: { db, clock }, input: { token } });
    return c.json({ status }, 200);
  });
}
