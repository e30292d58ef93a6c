import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  CreateSelfAssessmentDraftInput,
  SelfAssessmentVersionResponse,
  VendorServiceParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { createSelfAssessmentDraft } from '../../services/self-assessments/create-self-assessment-draft.ts';

const createDraftRoute = defineRoute({
  method: 'post',
  path: '/vendor-services/{serviceId}/versions',
  operationId: 'createSelfAssessmentDraft',
  tags: ['vendors'],
  summary: 'Start the next self-assessment version as a draft',
  description:
    'Empty (`{}`), or with the content of a published version (`{ "copyOf": 2 }`). A service ' +
    'has at most one draft: 409 when it has one. Only you see the draft until it is published.',
  request: {
    params: VendorServiceParams,
    body: { content: { 'application/json': { schema: CreateSelfAssessmentDraftInput } } },
  },
  responses: {
    201: {
      description: 'The draft',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
  },
});

export function registerCreateSelfAssessmentDraft(router: OpenAPIHono<AppEnv>) {
  return router.openapi(createDraftRoute, async (c) => {
    const draft = await createSelfAssessmentDraft({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(draft, 201);
  });
}
