import type { TenderLotResponse, UpdateTenderLotInput } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { auditTenderChange, tenderRef } from './audit.ts';
import { lotOf, lotState, lotView } from './lot-view.ts';
import { changeTender } from './tender-steps.ts';

/**
 * Changes a lot's title or description while the tender is a draft, for the officers on its team
 * (policy row `updateTenderLot`). The caller sends the tender's version it read (409 when stale).
 */
export async function updateTenderLot({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateTenderLotInput & { tenderId: string; lotNumber: number };
}): Promise<TenderLotResponse> {
  const { tenderId, lotNumber } = input;
  return changeTender(
    ctx,
    { operationId: 'updateTenderLot', tenderId, action: 'tender.lot.updated' },
    async ({ trx, current, now }) => {
      const tender = current.tender;
      if (tender.version !== input.version) {
        throw staleVersion('tender', input.version, tender.version);
      }
      const before = await lotOf(trx, tenderId, lotNumber);
      const updated = await trx
        .updateTable('tender_lot')
        .set((eb) => ({
          ...(input.title !== undefined && { title: input.title }),
          ...(input.description !== undefined && { description: input.description }),
          version: eb('version', '+', 1),
          updated_at: now,
        }))
        .where('tender_id', '=', tenderId)
        .where('number', '=', lotNumber)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = await touchTender(trx, tender, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.lot.updated',
        object: tenderRef(tenderId),
        before: { lot: lotState(before), version: tender.version },
        after: { lot: lotState(updated), version: after.version },
      });
      return { lot: lotView(await lotOf(trx, tenderId, lotNumber)), tenderVersion: after.version };
    },
  );
}
