import { findEvidenceDocumentWithContent } from '../../db/repositories/evidence.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { accessibleDocument, auditEvidence, documentRef } from './evidence-steps.ts';

/** A stored document as it is downloaded: its bytes, generated name, type and hash. */
export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
}

async function fileOf(ctx: ServiceContext, documentId: string): Promise<EvidenceFile> {
  const row = await findEvidenceDocumentWithContent(ctx.db, documentId);
  if (row === undefined) throw new NotFoundError('The evidence document does not exist.');
  return {
    fileName: row.file_name,
    mediaType: row.media_type,
    sha256: row.sha256,
    content: row.content,
  };
}

/** A document of the vendor's own service, for the vendor. */
export async function downloadEvidence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; documentId: string };
}): Promise<EvidenceFile> {
  await accessibleDocument(ctx, 'downloadEvidenceDocument', input);
  return fileOf(ctx, input.documentId);
}

/**
 * A document for an authority (`registryReader`): only one a published version of the service
 * cites, and a confidential one only with the vendor's standing grant to the caller's authority
 * (§ 41 (3) VgV); anything else is not found, so its existence is not revealed. Every read is
 * written to the audit log with the reader, in the transaction that reads the bytes.
 */
export async function downloadRegistryEvidence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; documentId: string };
}): Promise<EvidenceFile> {
  await accessibleDocument(ctx, 'downloadRegistryEvidenceDocument', input);
  return withTransaction<DB, EvidenceFile>(ctx.db, async (trx) => {
    const file = await fileOf({ ...ctx, db: trx }, input.documentId);
    await auditEvidence(trx, ctx, {
      action: 'evidence.document.read',
      object: documentRef(input.documentId),
    });
    return file;
  });
}
