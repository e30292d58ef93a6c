import type { CreateTenderLotInput, TenderLotResponse } from '@tenderwise/schema';
import { touchTender } from '../../db/repositories/tenders.ts';
import { ConflictError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { staleVersion } from '../options-reviews/stale-version.ts';
import { auditTenderChange, tenderRef } from './audit.ts';
import { lotOf, lotState, lotView } from './lot-view.ts';
import { changeTender } from './tender-steps.ts';
import { lotsOf } from './tender-view.ts';

/** The most lots a tender has: lot numbers run from 1 to 200 (the table's check). */
const maxLotNumber = 200;

/**
 * Adds a lot to a draft tender, numbered one above the highest lot it has, for the officers on
 * its team (policy row `createTenderLot`). The lots it has keep their numbers. The caller sends
 * the tender's version it read (409 when stale).
 */
export async function createTenderLot({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateTenderLotInput & { tenderId: string };
}): Promise<TenderLotResponse> {
  const { tenderId } = input;
  return changeTender(
    ctx,
    { operationId: 'createTenderLot', tenderId, action: 'tender.lot.created' },
    async ({ trx, current, now }) => {
      const tender = current.tender;
      if (tender.version !== input.version) {
        throw staleVersion('tender', input.version, tender.version);
      }
      const lots = await lotsOf(trx, tenderId);
      const number = Math.max(0, ...lots.map((lot) => lot.number)) + 1;
      if (number > maxLotNumber) {
        throw new ConflictError(`A tender has lots numbered up to ${maxLotNumber}.`);
      }
      const lot = await trx
        .insertInto('tender_lot')
        .values({
          tender_id: tenderId,
          number,
          title: input.title,
          description: input.description,
          scheme_draft: null,
          scheme_origin_kind: null,
          scheme_origin_template_id: null,
          scheme_origin_template_version: null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = await touchTender(trx, tender, now);
      await auditTenderChange(trx, ctx, {
        action: 'tender.lot.created',
        object: tenderRef(tenderId),
        after: { lot: lotState(lot), version: after.version },
      });
      return { lot: lotView(await lotOf(trx, tenderId, number)), tenderVersion: after.version };
    },
  );
}
