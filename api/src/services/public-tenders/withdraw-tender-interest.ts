import type { TenderInterestResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeAsVendor } from './vendor-steps.ts';

/**
 * Withdraws the caller's organisation's interest: it no longer receives the tender's notices.
 * Idempotent: without a registration nothing changes. Questions asked stay (they are kept as
 * asked).
 */
export async function withdrawTenderInterest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderInterestResponse> {
  return changeAsVendor(
    ctx,
    {
      operationId: 'withdrawTenderInterest',
      tenderId: input.tenderId,
      action: 'tender.interest.withdrawn',
    },
    async ({ trx, tender, vendor }) => {
      const removed = await trx
        .deleteFrom('tender_interest')
        .where('tender_id', '=', tender.id)
        .where('organisation_id', '=', vendor.organisationId)
        .returning('registered_at')
        .executeTakeFirst();
      if (removed !== undefined) {
        await auditTenderChange(trx, ctx, {
          action: 'tender.interest.withdrawn',
          object: tenderRef(tender.id),
          before: {
            organisationId: vendor.organisationId,
            registeredAt: removed.registered_at.toISOString(),
          },
        });
      }
      return { tenderId: tender.id, interestRegistered: false, registeredAt: null };
    },
  );
}
