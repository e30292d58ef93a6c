import type { OpenAPIHono } from '@hono/zod-openapi';
import { OrganisationListResponse } from '@tenderwise/schema';
import { listOrganisations } from '../../services/organisations/list-organisations.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { organisationResponse } from '../../services/views/administration.ts';

const listOrganisationsRoute = defineRoute({
  method: 'get',
  path: '/organisations',
  operationId: 'listOrganisations',
  tags: ['administration'],
  summary: 'List every organisation of the installation',
  description: 'For administrators: authorities and vendor organisations, oldest first.',
  responses: {
    200: {
      description: 'The organisations',
      content: { 'application/json': { schema: OrganisationListResponse } },
    },
  },
});

export function registerListOrganisations(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listOrganisationsRoute, async (c) => {
    const organisations = await listOrganisations({ ctx: await serviceContextOf(c) });
    c.header('cache-control', 'no-store');
    return c.json({ organisations: organisations.map(organisationResponse) }, 200);
  });
}
