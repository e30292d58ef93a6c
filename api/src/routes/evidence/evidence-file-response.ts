import { evidenceMediaTypes } from '@tenderwise/schema';
import type { EvidenceFile } from '../../services/evidence/download-evidence.ts';

/**
 * An evidence document as a download: saved under its generated name, never rendered or sniffed
 * by the browser, never cached, with its SHA-256 as strong ETag and as `Repr-Digest` (RFC 9530),
 * so the reader can check it is the file the vendor uploaded.
 */
export function evidenceFileResponse(file: EvidenceFile): Response {
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      etag: `"${file.sha256}"`,
      'repr-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
    },
  });
}

const binary = { schema: { type: 'string' as const, format: 'binary' } };

/** The OpenAPI description of an evidence download. */
export function evidenceFileContent(description: string) {
  return {
    description,
    headers: {
      'content-disposition': {
        description: 'attachment, with the generated file name `<document id>.<extension>`',
        schema: { type: 'string' as const },
      },
      etag: {
        description: 'The SHA-256 of the file, hex, quoted',
        schema: { type: 'string' as const },
      },
      'repr-digest': {
        description: 'The SHA-256 of the file (RFC 9530): `sha-256=:<base64>:`',
        schema: { type: 'string' as const },
      },
    },
    content: Object.fromEntries(evidenceMediaTypes.map((type) => [type, binary])),
  };
}
