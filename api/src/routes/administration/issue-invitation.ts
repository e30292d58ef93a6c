import type { OpenAPIHono } from '@hono/zod-openapi';
import { IssuedInvitationResponse, UserParams } from '@tenderwise/schema';
import { issueInvitation } from '../../services/users/issue-invitation.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { invitationUrl } from './invitation-url.ts';

const issueInvitationRoute = defineRoute({
  method: 'post',
  path: '/users/{userId}/invitation',
  operationId: 'issueInvitation',
  tags: ['administration'],
  summary: 'Issue a new invitation link',
  description:
    'For a user who has not accepted an invitation yet (the link was lost or has expired). ' +
    'Earlier links stop working. A user who has set a password, is disabled or belongs to a ' +
    'disabled organisation gets none: 409.',
  problems: [409],
  request: { params: UserParams },
  responses: {
    201: {
      description: 'The new invitation link, shown only in this response',
      content: { 'application/json': { schema: IssuedInvitationResponse } },
    },
  },
});

export function registerIssueInvitation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(issueInvitationRoute, async (c) => {
    const invitation = await issueInvitation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(
      {
        invitation: {
          url: invitationUrl(c.var.deps.config, invitation.token),
          expiresAt: invitation.expiresAt.toISOString(),
        },
      },
      201,
    );
  });
}
