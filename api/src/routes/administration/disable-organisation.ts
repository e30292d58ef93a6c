import type { OpenAPIHono } from '@hono/zod-openapi';
import { OrganisationChangeResponse, OrganisationParams } from '@tenderwise/schema';
import { disableOrganisation } from '../../services/organisations/disable-organisation.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { organisationResponse } from '../../services/views/administration.ts';

const disableOrganisationRoute = defineRoute({
  method: 'post',
  path: '/organisations/{organisationId}/disable',
  operationId: 'disableOrganisation',
  tags: ['administration'],
  summary: 'Disable an organisation',
  description:
    'At once and together: nobody of the organisation can log in, every session of its users ' +
    'ends, its invitation links stop working and every API key of it is revoked. Its users keep ' +
    'their own state for when it is enabled again; revoked keys stay revoked. Your own ' +
    'organisation, or one whose administrators are the last active ones: 409. Disabling twice ' +
    'changes nothing.',
  request: { params: OrganisationParams },
  responses: {
    200: {
      description: 'The disabled organisation, and how many sessions ended and keys were revoked',
      content: { 'application/json': { schema: OrganisationChangeResponse } },
    },
  },
});

export function registerDisableOrganisation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(disableOrganisationRoute, async (c) => {
    const change = await disableOrganisation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(
      {
        organisation: organisationResponse(change.organisation),
        endedSessions: change.endedSessions,
        revokedApiKeys: change.revokedApiKeys,
      },
      200,
    );
  });
}
