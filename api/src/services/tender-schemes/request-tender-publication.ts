import type { TenderPublicationRequestResponse, TenderVersionInput } from '@tenderwise/schema';
import { touchTender, type TenderRow } from '../../db/repositories/tenders.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { tenderReadiness } from './readiness.ts';
import { assertDraft, assertTenderVersion, notReady } from './tender-version.ts';

/**
 * An officer on the team asks for the draft's publication (four eyes: a second officer approves).
 * Refused with 422 listing what the tender still lacks (its readiness). The request records who
 * asked, when, and the tender's version it was made on: any later change of the tender or its
 * parts moves the version on and so voids the request.
 */
export async function requestTenderPublication({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderVersionInput & { tenderId: string };
}): Promise<TenderPublicationRequestResponse> {
  return changeTender(
    ctx,
    {
      operationId: 'requestTenderPublication',
      tenderId: input.tenderId,
      action: 'tender.publication.requested',
    },
    async ({ trx, current, now, caller }) => {
      const { tender } = current;
      assertDraft(tender);
      assertTenderVersion(tender, input.version);
      if (tender.publication_requested_version === tender.version) {
        throw new ConflictError('Publication was already asked for on this version of the tender.');
      }
      const missing = await tenderReadiness(trx, tender, now);
      if (missing.length > 0) throw notReady(missing);
      const touched = await touchTender(trx, tender, now);
      const requested = await trx
        .updateTable('tender')
        .set({
          publication_requested_by: caller.userId,
          publication_requested_at: now,
          publication_requested_version: touched.version,
        })
        .where('id', '=', tender.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditTenderChange(trx, ctx, {
        action: 'tender.publication.requested',
        object: tenderRef(tender.id),
        before: { version: tender.version },
        after: { version: requested.version, requestedBy: caller.userId },
      });
      return publicationRequestResponse(requested);
    },
  );
}

export function publicationRequestResponse(tender: TenderRow): TenderPublicationRequestResponse {
  return {
    tenderId: tender.id,
    version: tender.version,
    request:
      tender.publication_requested_by === null
        ? null
        : {
            requestedBy: tender.publication_requested_by,
            requestedAt: tender.publication_requested_at!.toISOString(),
            requestedVersion: tender.publication_requested_version!,
          },
  };
}
