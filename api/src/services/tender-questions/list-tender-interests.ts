import type { TenderInterestListResponse } from '@tenderwise/schema';
import { readableTender } from '../tenders/tender-steps.ts';
import type { ServiceContext } from '../context.ts';

/** The vendor organisations that registered interest in the tender, and when; for its team. */
export async function listTenderInterests({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderInterestListResponse> {
  const { tender } = await readableTender(ctx, 'listTenderInterests', input.tenderId);
  const rows = await ctx.db
    .selectFrom('tender_interest')
    .innerJoin('organisation', 'organisation.id', 'tender_interest.organisation_id')
    .select([
      'tender_interest.organisation_id',
      'organisation.name',
      'tender_interest.registered_at',
    ])
    .where('tender_interest.tender_id', '=', tender.id)
    .orderBy('tender_interest.registered_at')
    .orderBy('tender_interest.organisation_id')
    .execute();
  return {
    interests: rows.map((row) => ({
      organisationId: row.organisation_id,
      organisationName: row.name,
      registeredAt: row.registered_at.toISOString(),
    })),
  };
}
