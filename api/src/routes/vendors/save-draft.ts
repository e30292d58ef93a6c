import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  SaveSelfAssessmentDraftInput,
  SelfAssessmentVersionParams,
  SelfAssessmentVersionResponse,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { saveSelfAssessmentDraft } from '../../services/self-assessments/save-self-assessment-draft.ts';
import { selfAssessmentMaxBodyBytes } from './body-limits.ts';

const saveDraftRoute = defineRoute({
  method: 'put',
  path: '/vendor-services/{serviceId}/versions/{number}',
  operationId: 'saveSelfAssessmentDraft',
  tags: ['vendors'],
  summary: 'Save the draft of one of your services',
  description:
    'Replaces the draft’s whole content; send the `version` read (409 when stale). Parts may ' +
    'be missing in a draft. A published version never changes: saving it answers 409.',
  maxBodyBytes: selfAssessmentMaxBodyBytes,
  request: {
    params: SelfAssessmentVersionParams,
    body: { content: { 'application/json': { schema: SaveSelfAssessmentDraftInput } } },
  },
  responses: {
    200: {
      description: 'The draft at its next version',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
  },
});

export function registerSaveSelfAssessmentDraft(router: OpenAPIHono<AppEnv>) {
  return router.openapi(saveDraftRoute, async (c) => {
    const draft = await saveSelfAssessmentDraft({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return c.json(draft, 200);
  });
}
