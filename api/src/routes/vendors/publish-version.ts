import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  PublishSelfAssessmentInput,
  SelfAssessmentVersionParams,
  SelfAssessmentVersionResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { publishSelfAssessmentVersion } from '../../services/self-assessments/publish-self-assessment-version.ts';

const publishVersionRoute = defineRoute({
  method: 'post',
  path: '/vendor-services/{serviceId}/versions/{number}/publish',
  operationId: 'publishSelfAssessmentVersion',
  tags: ['vendors'],
  summary: 'Publish the draft of one of your services',
  description:
    'Send the draft’s `version` (409 when stale). Refused with 422, one JSON pointer per ' +
    'problem, while `/content/locations`, `/content/keyManagement` or `/content/legalExposure` ' +
    'is missing or an attestation cites a document that is not evidence of this service; with ' +
    '409 while you have no vendor profile. Publishing keeps your profile with the version and ' +
    'sets `contentSha256`, the SHA-256 of the RFC 8785 canonical JSON of `{ content, vendor }`. ' +
    'The version never changes afterwards; authorities can read and cite it.',
  request: {
    params: SelfAssessmentVersionParams,
    body: { content: { 'application/json': { schema: PublishSelfAssessmentInput } } },
  },
  responses: {
    200: {
      description: 'The published version',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
  },
});

export function registerPublishSelfAssessmentVersion(router: OpenAPIHono<AppEnv>) {
  return router.openapi(publishVersionRoute, async (c) => {
    const version = await publishSelfAssessmentVersion({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(version, 200);
  });
}
