import {
  BidImportMapping,
  type BidImportMappingList,
  type BidImportMappingResponse,
} from '@tenderwise/schema';
import type { Selectable } from 'kysely';
import type { BidImportMappingTable } from '../../db/tables/bids.ts';
import type { DB } from '../../db/types.ts';
import { withTransaction } from '../../db/transaction.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { canonicalJson } from '../../engine/canonical/canonical-json.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { UserPrincipal } from '../../security/access/principal.ts';
import { auditChange } from '../audited-change.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Column mappings of platforms' XLSX/CSV exports. A mapping belongs to the authority: its
 * officers read and save the authority's own, and another authority's mappings do not exist
 * for them.
 */

async function callerOf(
  ctx: ServiceContext,
  operationId: 'listBidImportMappings' | 'getBidImportMapping' | 'saveBidImportMapping',
): Promise<UserPrincipal> {
  await authorize(ctx, { operationId });
  // The policy rows admit signed-in officers only.
  if (ctx.principal.kind !== 'user') throw new Error('Only signed-in officers have mappings');
  return ctx.principal;
}

function mappingResponse(row: Selectable<BidImportMappingTable>): BidImportMappingResponse {
  return {
    platform: row.platform,
    mapping: BidImportMapping.parse(JSON.parse(row.mapping)),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function listBidImportMappings({
  ctx,
}: {
  ctx: ServiceContext;
}): Promise<BidImportMappingList> {
  const caller = await callerOf(ctx, 'listBidImportMappings');
  const rows = await ctx.db
    .selectFrom('bid_import_mapping')
    .selectAll()
    .where('organisation_id', '=', caller.organisationId)
    .orderBy('platform')
    .execute();
  return { mappings: rows.map(mappingResponse) };
}

export async function getBidImportMapping({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { platform: string };
}): Promise<BidImportMappingResponse> {
  const caller = await callerOf(ctx, 'getBidImportMapping');
  const row = await ctx.db
    .selectFrom('bid_import_mapping')
    .selectAll()
    .where('organisation_id', '=', caller.organisationId)
    .where('platform', '=', input.platform)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError('Nothing exists at this address.');
  return mappingResponse(row);
}

/** Saves (creates or replaces) the authority's mapping for a platform; audited. */
export async function saveBidImportMapping({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { platform: string; mapping: BidImportMapping };
}): Promise<{ created: boolean; mapping: BidImportMappingResponse }> {
  const caller = await callerOf(ctx, 'saveBidImportMapping');
  return withTransaction<DB, { created: boolean; mapping: BidImportMappingResponse }>(
    ctx.db,
    async (trx) => {
      const now = await ctx.clock.now<DB>(trx);
      const mapping = canonicalJson(input.mapping);
      const before = await trx
        .selectFrom('bid_import_mapping')
        .selectAll()
        .where('organisation_id', '=', caller.organisationId)
        .where('platform', '=', input.platform)
        .forUpdate()
        .executeTakeFirst();
      const row = await trx
        .insertInto('bid_import_mapping')
        .values({
          organisation_id: caller.organisationId,
          platform: input.platform,
          mapping,
          updated_by: caller.userId,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['organisation_id', 'platform'])
            .doUpdateSet({ mapping, updated_by: caller.userId, updated_at: now }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      await auditChange(trx, ctx, {
        action: 'bids.import_mapping.saved',
        object: { type: 'organisation', id: caller.organisationId },
        ...(before !== undefined && {
          before: { platform: before.platform, mapping: before.mapping },
        }),
        after: { platform: row.platform, mapping },
      });
      return { created: before === undefined, mapping: mappingResponse(row) };
    },
  );
}
