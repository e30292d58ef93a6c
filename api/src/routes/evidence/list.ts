import type { OpenAPIHono } from '@hono/zod-openapi';
import { EvidenceDocumentListResponse, EvidenceServiceParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { listEvidence } from '../../services/evidence/list-evidence.ts';

const listRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/evidence',
  operationId: 'listEvidenceDocuments',
  tags: ['vendors'],
  summary: 'List the evidence documents of an own service',
  description: 'Every document of the service, confidential ones included, oldest first.',
  request: { params: EvidenceServiceParams },
  responses: {
    200: {
      description: 'The documents, without their bytes',
      content: { 'application/json': { schema: EvidenceDocumentListResponse } },
    },
  },
});

export function registerListEvidenceDocuments(router: OpenAPIHono<AppEnv>) {
  return router.openapi(listRoute, async (c) => {
    const result = await listEvidence({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
