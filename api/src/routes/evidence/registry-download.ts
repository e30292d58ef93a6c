import type { OpenAPIHono } from '@hono/zod-openapi';
import { EvidenceDocumentParams } from '@tenderwise/schema';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { downloadRegistryEvidence } from '../../services/evidence/download-evidence.ts';
import { evidenceFileContent, evidenceFileResponse } from './evidence-file-response.ts';

const registryDownloadRoute = defineRoute({
  method: 'get',
  path: '/registry/services/{serviceId}/evidence/{documentId}',
  operationId: 'downloadRegistryEvidenceDocument',
  tags: ['registry'],
  summary: 'Download an evidence document a published version cites',
  description:
    'For officers and reviewers of any authority: a document cited by an attestation of a ' +
    'published version of the service. A confidential one only while the vendor grants your ' +
    'authority access; without, as for a document no published version cites, the answer is ' +
    '404, so its existence is not revealed. Every download is written to the audit log with ' +
    'the reader.',
  request: { params: EvidenceDocumentParams },
  responses: { 200: evidenceFileContent('The document') },
});

export function registerDownloadRegistryEvidenceDocument(router: OpenAPIHono<AppEnv>) {
  return router.openapi(registryDownloadRoute, async (c) => {
    const file = await downloadRegistryEvidence({
      ctx: await serviceContextOf(c),
      input: c.req.valid('param'),
    });
    return evidenceFileResponse(file) as never;
  });
}
