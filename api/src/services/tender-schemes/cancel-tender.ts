import type { CancelTenderInput, TenderCancellationResponse } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError } from '../../domain/errors.ts';
import { cancellationGround } from '../../domain/tenders/cancellation-grounds.ts';
import { canTransition } from '../../domain/tenders/tender-lifecycle.ts';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeTender } from '../tenders/tender-steps.ts';
import { notifyInterested } from './notify-interested.ts';
import { assertTenderVersion } from './tender-version.ts';

/**
 * An officer on the team cancels the tender (Aufhebung) in any state before the award, on a
 * ground of § 63 (1) VgV (§ 48 (1) UVgO) with the reasons. Nothing is deleted: the tender keeps
 * its lots, versions, questions and record, and shows the ground, reasons, who and when. Every
 * vendor organisation that registered interest is told (§ 63 (2) VgV).
 */
export async function cancelTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CancelTenderInput & { tenderId: string };
}): Promise<TenderCancellationResponse> {
  return changeTender(
    ctx,
    { operationId: 'cancelTender', tenderId: input.tenderId, action: 'tender.tender.cancelled' },
    async ({ trx, current, now, caller }) => {
      const { tender } = current;
      if (!canTransition(tender.state, 'cancelled')) {
        throw new ConflictError(`A tender that is ${tender.state} can no longer be cancelled.`);
      }
      assertTenderVersion(tender, input.version);
      await touchTender(trx, tender, now);
      const cancelled = await trx
        .updateTable('tender')
        .set({
          state: 'cancelled',
          cancelled_by: caller.userId,
          cancelled_at: now,
          cancellation_ground: input.ground,
          cancellation_reasons: input.reasons,
        })
        .where('id', '=', tender.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const ground = cancellationGround(input.ground);
      const source = ground.sources[tender.regime];
      const noticesSent = await notifyInterested(
        trx,
        ctx,
        tender.id,
        {
          kind: 'cancellation',
          subject: {
            de: `Aufhebung der Ausschreibung ${tender.reference}: ${tender.title}`,
            en: `Tender ${tender.reference} cancelled: ${tender.title}`,
          },
          body: {
            de: `Das Vergabeverfahren „${tender.title}“ (${tender.reference}) wurde aufgehoben. Grund: ${ground.label.de} (${source}). Begründung: ${input.reasons}`,
            en: `The procurement procedure “${tender.title}” (${tender.reference}) was cancelled. Ground: ${ground.label.en} (${source}). Reasons: ${input.reasons}`,
          },
        },
        now,
      );
      await auditTenderChange(trx, ctx, {
        action: 'tender.tender.cancelled',
        object: tenderRef(tender.id),
        before: { version: tender.version, state: tender.state },
        after: {
          version: cancelled.version,
          state: cancelled.state,
          ground: input.ground,
          reasons: input.reasons,
          noticesSent,
        },
      });
      return {
        tenderId: cancelled.id,
        version: cancelled.version,
        state: 'cancelled',
        ground: input.ground,
        reasons: input.reasons,
        cancelledBy: caller.userId,
        cancelledAt: now.toISOString(),
        noticesSent,
      };
    },
  );
}
