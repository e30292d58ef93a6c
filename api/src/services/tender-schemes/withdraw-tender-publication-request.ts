import type { TenderPublicationRequestResponse } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { publicationRequestResponse } from './request-tender-publication.ts';
import { assertDraft, assertTenderVersion } from './tender-version.ts';

/** An officer on the team withdraws the request for publication: nobody can approve it any more. */
export async function withdrawTenderPublicationRequest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; version: number };
}): Promise<TenderPublicationRequestResponse> {
  return changeTender(
    ctx,
    {
      operationId: 'withdrawTenderPublicationRequest',
      tenderId: input.tenderId,
      action: 'tender.publication.withdrawn',
    },
    async ({ trx, current, now }) => {
      const { tender } = current;
      assertDraft(tender);
      assertTenderVersion(tender, input.version);
      if (tender.publication_requested_by === null) {
        throw new ConflictError('Publication of this tender was not asked for.');
      }
      await touchTender(trx, tender, now);
      const withdrawn = await trx
        .updateTable('tender')
        .set({
          publication_requested_by: null,
          publication_requested_at: null,
          publication_requested_version: null,
        })
        .where('id', '=', tender.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditTenderChange(trx, ctx, {
        action: 'tender.publication.withdrawn',
        object: tenderRef(tender.id),
        before: {
          version: tender.version,
          requestedBy: tender.publication_requested_by,
          requestedVersion: tender.publication_requested_version,
        },
        after: { version: withdrawn.version },
      });
      return publicationRequestResponse(withdrawn);
    },
  );
}
