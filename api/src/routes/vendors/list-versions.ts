import type { OpenAPIHono } from '@hono/zod-openapi';
import { SelfAssessmentVersionListResponse, VendorServiceParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listSelfAssessmentVersions } from '../../services/self-assessments/list-self-assessment-versions.ts';

const listVersionsRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/versions',
  operationId: 'listSelfAssessmentVersions',
  tags: ['vendors'],
  summary: 'List the self-assessment versions of one of your services',
  description: 'Newest first, the draft included, without their content.',
  request: { params: VendorServiceParams },
  responses: {
    200: {
      description: 'The versions',
      content: { 'application/json': { schema: SelfAssessmentVersionListResponse } },
    },
  },
});

export function registerListSelfAssessmentVersions(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listVersionsRoute, async (c) => {
    const list = await listSelfAssessmentVersions({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(list, 200);
  });
}
