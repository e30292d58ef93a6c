import type { PublishedTenderListQuery, PublishedTenderListResponse } from '@tenderwise/schema';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { publishedTenderSummary } from './published-tender-view.ts';

/**
 * One page of the published tenders, the newest publication first, for anybody (§ 41 (1) VgV).
 * A tender that was never published (a draft, or one cancelled as a draft) is never listed.
 */
export async function listPublishedTenders({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: PublishedTenderListQuery;
}): Promise<PublishedTenderListResponse> {
  await authorize(ctx, { operationId: 'listPublishedTenders' });
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  let query = ctx.db
    .selectFrom('tender')
    .innerJoin('organisation', 'organisation.id', 'tender.organisation_id')
    .selectAll('tender')
    .select('organisation.name as authority_name')
    .where('tender.published_at', 'is not', null)
    .orderBy('tender.published_at', 'desc')
    .orderBy('tender.id', 'desc')
    .limit(limit + 1);
  if (input.state === 'open') query = query.where('tender.state', '=', 'published');
  if (input.state === 'closed') query = query.where('tender.state', '<>', 'published');
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('tender.published_at', '<', after.createdAt),
        eb.and([eb('tender.published_at', '=', after.createdAt), eb('tender.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.execute();
  const page = pageOf(rows, limit, (row) => [row.published_at!.toISOString(), row.id]);
  return {
    tenders: await Promise.all(
      page.rows.map((row) => publishedTenderSummary(row, row.authority_name)),
    ),
    nextCursor: page.nextCursor,
  };
}
