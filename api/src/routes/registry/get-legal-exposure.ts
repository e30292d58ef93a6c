import type { OpenAPIHono } from '@hono/zod-openapi';
import { RegistryLegalExposureResponse, RegistryVersionParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { assessRegistryLegalExposure } from '../../services/registry/assess-registry-legal-exposure.ts';

const legalExposureRoute = defineRoute({
  method: 'get',
  path: '/services/{serviceId}/versions/{number}/legal-exposure',
  operationId: 'assessRegistryLegalExposure',
  tags: ['registry'],
  summary: 'The legal-exposure findings of a published version',
  description:
    'For officers and reviewers: the catalogue’s legal-exposure answers (CLOUD Act, FISA 702, ' +
    'sanctions, disconnection …) for the self-assessment derived from the version and the ' +
    'vendor profile published with it (registered office, controlling owners, locations, key ' +
    'control, the legal-exposure answers), with that derived input.',
  request: { params: RegistryVersionParams },
  responses: {
    200: {
      description: 'The findings and the input they were derived from',
      content: { 'application/json': { schema: RegistryLegalExposureResponse } },
    },
  },
});

export function registerAssessRegistryLegalExposure(router: OpenAPIHono<AppEnv>) {
  return router.openapi(legalExposureRoute, async (c) => {
    const assessment = await assessRegistryLegalExposure({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(assessment, 200);
  });
}
