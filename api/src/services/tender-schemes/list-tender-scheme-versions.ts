import type { TenderSchemeVersionListResponse } from '@tenderwise/schema';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { findLot, listSchemeVersionRows, versionSummary } from './scheme-rows.ts';

/**
 * The published scheme versions of a tender, by lot and number, each with its commitment and the
 * correction that made it (none for version 1); of one lot when `lot` is given.
 */
export async function listTenderSchemeVersions({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; lot?: number | undefined };
}): Promise<TenderSchemeVersionListResponse> {
  const { tender } = await readableTender(ctx, 'listTenderSchemeVersions', input.tenderId);
  if (input.lot !== undefined) await findLot(ctx.db, tender.id, input.lot);
  const rows = await listSchemeVersionRows(ctx.db, tender.id, input.lot);
  return { versions: rows.map(versionSummary) };
}
