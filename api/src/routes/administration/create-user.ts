import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreatedUserResponse, CreateUserInput, OrganisationParams } from '@tenderwise/schema';
import { createUser } from '../../services/users/create-user.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { invitationUrl } from './invitation-url.ts';
import { userResponse } from '../../services/views/administration.ts';

const createUserRoute = defineRoute({
  method: 'post',
  path: '/organisations/{organisationId}/users',
  operationId: 'createUser',
  tags: ['administration'],
  summary: 'Create a user and an invitation link',
  description:
    'Creates a user without a password and a one-time invitation link to set one (and, for ' +
    'officers and administrators, to enrol TOTP). The link is in this response only: the ' +
    'administrator hands it over. Vendors belong to vendor organisations, everybody else to an ' +
    'authority; an e-mail address is used once.',
  problems: [409],
  request: {
    params: OrganisationParams,
    body: { content: { 'application/json': { schema: CreateUserInput } } },
  },
  responses: {
    201: {
      description: 'The new user and their invitation link',
      content: { 'application/json': { schema: CreatedUserResponse } },
    },
  },
});

export function registerCreateUser(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createUserRoute, async (c) => {
    const { organisationId } = c.req.valid('param');
    const created = await createUser({
      ctx: await serviceContextOf(c),
      input: { organisationId, ...c.req.valid('json') },
    });
    const url = invitationUrl(c.var.deps.config, created.invitation.token);
    c.header('cache-control', 'no-store');
    return c.json(
      {
        user: userResponse(created.user),
        invitation: { url, expiresAt: created.invitation.expiresAt.toISOString() },
      },
      201,
    );
  });
}
