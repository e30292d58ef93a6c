import { deleteEvidenceDocument, listPublishedContents } from '../../db/repositories/evidence.ts';
import { withTransaction } from '../../db/transaction.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError, NotFoundError } from '../../domain/errors.ts';
import { citedDocumentIds } from '../../domain/self-assessments/evidence-citations.ts';
import type { ServiceContext } from '../context.ts';
import {
  accessibleDocument,
  auditEvidence,
  documentRef,
  documentResponse,
} from './evidence-steps.ts';

/**
 * Deletes a document of the vendor's own service, unless a published version cites it: what was
 * published stays readable as it was published (409 then).
 */
export async function deleteEvidence({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { serviceId: string; documentId: string };
}): Promise<void> {
  const { document } = await accessibleDocument(ctx, 'deleteEvidenceDocument', input);
  await withTransaction<DB, void>(ctx.db, async (trx) => {
    const cited = citedDocumentIds(await listPublishedContents(trx, input.serviceId));
    if (cited.has(document.id)) {
      throw new ConflictError(
        'A published version cites this document as evidence, so it stays. Publish a version ' +
          'that no longer cites it; the published one keeps it.',
      );
    }
    if (!(await deleteEvidenceDocument(trx, document.id))) {
      throw new NotFoundError('The evidence document does not exist.');
    }
    await auditEvidence(trx, ctx, {
      action: 'evidence.document.deleted',
      object: documentRef(document.id),
      before: documentResponse(document),
    });
  });
}
