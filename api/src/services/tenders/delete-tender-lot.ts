import type { TenderVersionResponse } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { auditTenderChange, tenderRef } from './audit.ts';
import { lotOf, lotState } from './lot-view.ts';
import { changeTender } from './tender-steps.ts';
import { lotsOf } from './tender-view.ts';

/**
 * Removes a lot, with its draft scheme, from a draft tender, for the officers on its team (policy
 * row `deleteTenderLot`). The other lots keep their numbers. A tender keeps at least one lot (a
 * tender without lots has one), and a lot limit of § 30 (1) VgV may not come to exceed the lots
 * left: both refusals are 409. The caller sends the tender's version it read (409 when stale).
 */
export async function deleteTenderLot({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lotNumber: number; version: number };
}): Promise<TenderVersionResponse> {
  const { tenderId, lotNumber } = input;
  return changeTender(
    ctx,
    { operationId: 'deleteTenderLot', tenderId, action: 'tender.lot.deleted' },
    async ({ trx, current, now }) => {
      const tender = current.tender;
      if (tender.version !== input.version) {
        throw staleVersion('tender', input.version, tender.version);
      }
      const lot = await lotOf(trx, tenderId, lotNumber);
      const left = (await lotsOf(trx, tenderId)).length - 1;
      if (left === 0) {
        throw new ConflictError(
          'A tender has at least one lot: this is its last one. Change it instead.',
        );
      }
      const limit = Math.max(tender.max_lots_per_bidder ?? 0, tender.max_lots_per_award ?? 0);
      if (limit > left) {
        throw new ConflictError(
          `The tender limits bids or awards to ${limit} lots (§ 30 (1) VgV); ${left} would be left. Lower the limit first.`,
        );
      }
      await trx
        .deleteFrom('tender_lot')
        .where('tender_id', '=', tenderId)
        .where('number', '=', lotNumber)
        .execute();
      const after = await touchTender(trx, tender, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.lot.deleted',
        object: tenderRef(tenderId),
        before: { lot: lotState(lot), version: tender.version },
        after: { version: after.version },
      });
      return { tenderVersion: after.version };
    },
  );
}
