import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  SelfAssessmentTransfer,
  SelfAssessmentVersionResponse,
  VendorServiceParams,
} from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { importSelfAssessment } from '../../services/self-assessments/import-self-assessment.ts';
import { selfAssessmentMaxBodyBytes } from './body-limits.ts';

const importRoute = defineRoute({
  method: 'post',
  path: '/vendor-services/{serviceId}/import',
  operationId: 'importSelfAssessment',
  tags: ['vendors'],
  summary: 'Import a self-assessment file into the draft of one of your services',
  description:
    'Replaces the draft’s content with the file’s, or starts a draft with it (201). The whole ' +
    'file is checked first: every invalid value is reported in one 422 problem with its JSON ' +
    'pointer into the file (`/content/attestations/0/auditPeriod/to`), and so is a cited ' +
    'document that is not evidence of this service. Nothing is imported unless everything is ' +
    'valid. The service keeps its name and summary.',
  maxBodyBytes: selfAssessmentMaxBodyBytes,
  request: {
    params: VendorServiceParams,
    body: { content: { 'application/json': { schema: SelfAssessmentTransfer } } },
  },
  responses: {
    200: {
      description: 'The draft, replaced',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
    201: {
      description: 'The draft, started',
      content: { 'application/json': { schema: SelfAssessmentVersionResponse } },
    },
  },
});

export function registerImportSelfAssessment(router: OpenAPIHono<AppEnv>) {
  return router.openapi(importRoute, async (c) => {
    const { version, created } = await importSelfAssessment({
      ctx: await serviceContextOf(c),
      input: { ...c.req.valid('param'), ...c.req.valid('json') },
    });
    c.header('cache-control', 'no-store');
    return created ? c.json(version, 201) : c.json(version, 200);
  });
}
