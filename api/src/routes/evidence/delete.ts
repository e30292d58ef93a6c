import type { OpenAPIHono } from '@hono/zod-openapi';
import { EvidenceDocumentParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { deleteEvidence } from '../../services/evidence/delete-evidence.ts';

const deleteRoute = defineRoute({
  method: 'delete',
  path: '/vendor-services/{serviceId}/evidence/{documentId}',
  operationId: 'deleteEvidenceDocument',
  tags: ['vendors'],
  summary: 'Delete an evidence document of an own service',
  description:
    'Only while no published version cites it (409 otherwise): what was published stays ' +
    'readable as it was published.',
  request: { params: EvidenceDocumentParams },
  responses: { 204: { description: 'The document is deleted' } },
});

export function registerDeleteEvidenceDocument(router: OpenAPIHono<AppEnv>) {
  return router.openapi(deleteRoute, async (c) => {
    await deleteEvidence({ ctx: await serviceContextOf(c), input: c.req.valid('param') });
    c.header('cache-control', 'no-store');
    return c.body(null, 204);
  });
}
