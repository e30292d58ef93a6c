import { createHash, randomUUID } from 'node:crypto';
import type { EvidenceDocumentResponse } from '@tenderwise/schema';
import { insertEvidenceDocument } from '../../db/repositories/evidence.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import {
  acceptedEvidenceTypes,
  assertSafeEvidenceContainer,
  evidenceFileKindOf,
  type EvidenceFileKind,
} from '../../documents/evidence/evidence-file.ts';
import { UnsafeZipError } from '../../documents/spreadsheets/zip-guard.ts';
import {
  ContentTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import {
  auditEvidence,
  changedBy,
  documentRef,
  documentResponse,
  ownService,
} from './evidence-steps.ts';

const operationId = 'uploadEvidenceDocument';

/** Declared types that say nothing about the content; the content decides alone then. */
const unspecificTypes = new Set(['', 'application/octet-stream']);

/**
 * Stores an evidence document of the vendor's own service. The file is judged by its bytes (a
 * page named `.pdf` is refused), an Office file's container is checked against zip bombs before
 * anything could unpack it, and it is stored under a generated name with its SHA-256; the
 * uploader's file name is not kept. A refused file leaves nothing behind.
 */
export async function uploadEvidence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: {
    serviceId: string;
    title: string;
    confidential: boolean;
    /** The declared media type of the body, lower case without parameters. */
    mediaType: string;
    bytes: Uint8Array;
  };
}): Promise<EvidenceDocumentResponse> {
  // Nobody who may not upload gets the server to read a file.
  await ownService(ctx, operationId, input.serviceId);
  const kind = await checkedFile(input.bytes, input.mediaType, ctx.settings.evidenceMaxBytes);
  const id = randomUUID();
  return withTransaction<DB, EvidenceDocumentResponse>(ctx.db, async (trx) => {
    const row = await insertEvidenceDocument(trx, {
      id,
      serviceId: input.serviceId,
      title: input.title,
      fileName: `${id}.${kind.extension}`,
      mediaType: kind.mediaType,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      content: input.bytes,
      confidential: input.confidential,
      by: changedBy(ctx.principal),
      at: await ctx.clock.now<DB>(trx),
    });
    const document = documentResponse(row);
    await auditEvidence(trx, ctx, {
      action: 'evidence.document.uploaded',
      object: documentRef(id),
      after: document,
    });
    return document;
  });
}

async function checkedFile(
  bytes: Uint8Array,
  declared: string,
  maxBytes: number,
): Promise<EvidenceFileKind> {
  if (bytes.byteLength === 0) {
    const detail = `The file is empty. Upload a ${acceptedEvidenceTypes} file.`;
    throw new ValidationError(detail, [{ in: 'body', pointer: '', detail }]);
  }
  if (bytes.byteLength > maxBytes) {
    throw new ContentTooLargeError(
      `The file is larger than the limit of ${mebibytes(maxBytes)} MiB (${maxBytes} bytes) for evidence documents.`,
    );
  }
  const kind = await evidenceFileKindOf(bytes);
  if (kind === undefined) {
    throw new UnsupportedMediaTypeError(
      `By its content, the file is none of the accepted types: ${acceptedEvidenceTypes}. ` +
        'Its name and declared type are not looked at.',
    );
  }
  if (!unspecificTypes.has(declared) && declared !== kind.mediaType) {
    throw new UnsupportedMediaTypeError(
      `The file's content is ${kind.extension.toUpperCase()}, not the declared type ${declared}. ` +
        `Accepted: ${acceptedEvidenceTypes}.`,
    );
  }
  try {
    await assertSafeEvidenceContainer(bytes, kind);
  } catch (error) {
    if (!(error instanceof UnsafeZipError)) throw error;
    const detail = `The file was refused unread. ${error.message}`;
    throw new ValidationError(detail, [{ in: 'body', pointer: '', detail }]);
  }
  return kind;
}

function mebibytes(bytes: number): string {
  return String(Math.round((bytes / 1024 / 1024) * 10) / 10);
}
