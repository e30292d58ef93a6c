import type { OpenAPIHono } from '@hono/zod-openapi';
import { EvidenceDocumentParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { downloadEvidence } from '../../services/evidence/download-evidence.ts';
import { evidenceFileContent, evidenceFileResponse } from './evidence-file-response.ts';

const downloadRoute = defineRoute({
  method: 'get',
  path: '/vendor-services/{serviceId}/evidence/{documentId}',
  operationId: 'downloadEvidenceDocument',
  tags: ['vendors'],
  summary: 'Download an evidence document of an own service',
  description:
    'The stored bytes as an attachment under the generated name, with the stored media type ' +
    'and the SHA-256 as ETag and Repr-Digest.',
  request: { params: EvidenceDocumentParams },
  responses: { 200: evidenceFileContent('The document') },
});

export function registerDownloadEvidenceDocument(router: OpenAPIHono<AppEnv>) {
  return router.openapi(downloadRoute, async (c) => {
    const file = await downloadEvidence({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    return evidenceFileResponse(file) as never;
  });
}
