import type { OpenAPIHono } from '@hono/zod-openapi';
import {
  EvidenceDocumentResponse,
  EvidenceServiceParams,
  EvidenceUploadQuery,
  evidenceMediaTypes,
} from '@tenderwise/schema';
import { z } from 'zod';
import { defaultEvidenceMaxBytes } from '../../services/context.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute } from '../../http/route.ts';
import { serviceContextOf } from '../../http/service-context.ts';
import { uploadEvidence } from '../../services/evidence/upload-evidence.ts';

const file = { schema: z.string().meta({ format: 'binary' }) };

const uploadRoute = defineRoute({
  method: 'post',
  path: '/vendor-services/{serviceId}/evidence',
  operationId: 'uploadEvidenceDocument',
  tags: ['vendors'],
  summary: 'Upload an evidence document of an own service',
  description:
    'The request body is the file itself: a PDF, PNG, JPEG, Word (DOCX) or Excel (XLSX) ' +
    'file, judged by its content, not by its name or declared type (an HTML page sent as ' +
    '`application/pdf` gets 415; a declared type other than `application/octet-stream` must ' +
    'match the content). DOCX and XLSX containers are checked before anything unpacks them: ' +
    'a zip bomb or a broken archive gets 422, as does an empty file. The limit is ' +
    '`EVIDENCE_MAX_BYTES` of the installation (default 20 MiB; larger gets 413). The file is ' +
    'stored under a generated name with its SHA-256; the uploaded name is not kept. ' +
    '`confidential=true` makes it readable by authorities only with a grant ' +
    '(`createEvidenceGrant`), once a published version cites it.',
  maxBodyBytes: {
    default: defaultEvidenceMaxBytes,
    fromConfig: (config) => config.evidenceMaxBytes,
  },
  request: {
    params: EvidenceServiceParams,
    query: EvidenceUploadQuery,
    body: {
      content: Object.fromEntries(
        ['application/octet-stream', ...evidenceMediaTypes].map((type) => [type, file]),
      ),
    },
  },
  responses: {
    201: {
      description: 'The stored document',
      content: { 'application/json': { schema: EvidenceDocumentResponse } },
    },
  },
});

export function registerUploadEvidenceDocument(router: OpenAPIHono<AppEnv>) {
  return router.openapi(uploadRoute, async (c) => {
    const document = await uploadEvidence({
      ctx: await serviceContextOf(c),
      input: {
        ...c.req.valid('param'),
        ...c.req.valid('query'),
        mediaType: (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
        bytes: new Uint8Array(await c.req.arrayBuffer()),
      },
    });
    c.header('cache-control', 'no-store');
    return c.json(document, 201);
  });
}
