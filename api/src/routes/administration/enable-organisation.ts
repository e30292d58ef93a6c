import type { OpenAPIHono } from '@hono/zod-openapi';
import { OrganisationParams, OrganisationResponse } from '@tenderwise/schema';
import { enableOrganisation } from '../../services/organisations/enable-organisation.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { organisationResponse } from '../../services/views/administration.ts';

const enableOrganisationRoute = defineRoute({
  method: 'post',
  path: '/organisations/{organisationId}/enable',
  operationId: 'enableOrganisation',
  tags: ['administration'],
  summary: 'Enable a disabled organisation again',
  description:
    'Its users who are not disabled themselves can log in again. Sessions, invitation links and ' +
    'API keys that disabling ended stay ended. Enabling an active organisation changes nothing.',
  request: { params: OrganisationParams },
  responses: {
    200: {
      description: 'The organisation, active again',
      content: { 'application/json': { schema: OrganisationResponse } },
    },
  },
});

export function registerEnableOrganisation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(enableOrganisationRoute, async (c) => {
    const organisation = await enableOrganisation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(organisationResponse(organisation), 200);
  });
}
