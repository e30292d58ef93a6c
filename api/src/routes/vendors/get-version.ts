import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  SelfAssessmentVersionParams,
  SelfAssessmentVersionResponse,
  ValidOnQuery,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { getSelfAssessmentVersion } from '../../services/self-assessments/get-self-assessment-version.ts';

const getVersionRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/versions/{number}',
  operationId: 'getSelfAssessmentVersion',
  tags: ['vendors'],
  summary: 'Read one self-assessment version of one of your services',
  description:
    'The draft or a published version, with `validity`: each attestation judged on `validOn` ' +
    '(today in Germany when absent) by its scheme’s rule from the catalogue, not by the day ' +
    'it is read.',
  request: { params: SelfAssessmentVersionParams, query: ValidOnQuery },
  responses: {
    200: {
      description: 'The version',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
  },
});

export function registerGetSelfAssessmentVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(getVersionRoute, async (c) => {
    const version = await getSelfAssessmentVersion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('query') },
    });
    c.header('cache-control', 'no-store');
    return c.json(version, 200);
  });
}
