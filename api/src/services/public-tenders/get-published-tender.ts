import type { PublishedTenderResponse } from '@tenderwise/schema';
import { readablePublishedTender } from './published-tender-steps.ts';
import type { ServiceContext } from '../context.ts';
import { publishedTenderView, vendorOrganisationOf } from './published-tender-view.ts';

/**
 * A published tender, for anybody (§ 41 (1) VgV); a draft is not found. A vendor's user or API
 * key also learns whether its organisation registered interest.
 */
export async function getPublishedTender({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<PublishedTenderResponse> {
  const { tender } = await readablePublishedTender(ctx, 'getPublishedTender', input.tenderId);
  const view = await publishedTenderView(ctx.db, tender);
  const vendor = vendorOrganisationOf(ctx);
  if (vendor === null) return view;
  const interest = await ctx.db
    .selectFrom('tender_interest')
    .select('registered_at')
    .where('tender_id', '=', tender.id)
    .where('organisation_id', '=', vendor)
    .executeTakeFirst();
  return { ...view, interestRegistered: interest !== undefined };
}
