import type { TenderInterestResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { auditTenderChange, tenderRef } from '../tenders/audit.ts';
import { changeAsVendor } from './vendor-steps.ts';

/**
 * Registers the caller's vendor organisation as interested in a published tender, so it receives
 * the tender's notices (corrections, answers, a cancellation). Idempotent: a second registration
 * changes nothing and keeps the first one's time.
 */
export async function registerTenderInterest({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderInterestResponse> {
  return changeAsVendor(
    ctx,
    {
      operationId: 'registerTenderInterest',
      tenderId: input.tenderId,
      action: 'tender.interest.registered',
    },
    async ({ trx, tender, now, vendor }) => {
      const existing = await trx
        .selectFrom('tender_interest')
        .select('registered_at')
        .where('tender_id', '=', tender.id)
        .where('organisation_id', '=', vendor.organisationId)
        .executeTakeFirst();
      if (existing !== undefined) {
        return {
          tenderId: tender.id,
          interestRegistered: true,
          registeredAt: existing.registered_at.toISOString(),
        };
      }
      await trx
        .insertInto('tender_interest')
        .values({
          tender_id: tender.id,
          organisation_id: vendor.organisationId,
          registered_by_user_id: vendor.userId,
          registered_by_api_key_id: vendor.apiKeyId,
          registered_at: now,
        })
        .execute();
      await auditTenderChange(trx, ctx, {
        action: 'tender.interest.registered',
        object: tenderRef(tender.id),
        after: { organisationId: vendor.organisationId, registeredAt: now.toISOString() },
      });
      return { tenderId: tender.id, interestRegistered: true, registeredAt: now.toISOString() };
    },
  );
}
