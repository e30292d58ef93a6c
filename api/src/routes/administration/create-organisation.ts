import type { OpenAPIHono } from '@hono/zod-openapi';
import { CreateOrganisationInput, OrganisationResponse } from '@tenderwise/schema';
import { createOrganisation } from '../../services/organisations/create-organisation.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { organisationResponse } from '../../services/views/administration.ts';

const createOrganisationRoute = defineRoute({
  method: 'post',
  path: '/organisations',
  operationId: 'createOrganisation',
  tags: ['administration'],
  summary: 'Create an authority or a vendor organisation',
  description:
    'For administrators, who administer the whole installation. Users are added to the ' +
    'organisation afterwards, each with an invitation link.',
  request: {
    body: { content: { 'application/json': { schema: CreateOrganisationInput } } },
  },
  responses: {
    201: {
      description: 'The new organisation',
      content: { 'application/json': { schema: OrganisationResponse } },
    },
  },
});

export function registerCreateOrganisation(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createOrganisationRoute, async (c) => {
    const organisation = await createOrganisation({
      ctx: await serviceContextOf(c),
      input: c.req.valid('json'),
    });
    c.header('cache-control', 'no-store');
    return c.json(organisationResponse(organisation), 201);
  });
}
