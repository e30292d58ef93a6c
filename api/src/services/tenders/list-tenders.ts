import type { TenderListQuery, TenderListResponse } from '@tenderwise/schema';
import { sql } from 'kysely';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { capacitiesOf } from './tender-view.ts';

/**
 * One page of the tenders on whose team the caller is, in any capacity, newest first. Tenders of
 * the same authority the caller is not on are not listed: they answer 404 everywhere else too.
 */
export async function listTenders({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderListQuery;
}): Promise<TenderListResponse> {
  await authorize(ctx, { operationId: 'listTenders' });
  const { principal } = ctx;
  // The policy row admits only officers and reviewers; this narrows the type.
  if (principal.kind !== 'user') throw new Error('Only signed-in users list tenders');
  const limit = pageSize(input.limit);
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  let query = ctx.db
    .selectFrom('tender')
    .selectAll('tender')
    .select((eb) => [
      eb
        .selectFrom('tender_lot')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('tender_lot.tender_id', '=', 'tender.id')
        .as('lot_count'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('tender_team_member')
          .select('tender_team_member.user_id')
          .whereRef('tender_team_member.tender_id', '=', 'tender.id')
          .where('tender_team_member.user_id', '=', principal.userId),
      ),
    )
    // A tender of another authority is never listed, even with a stray membership.
    .where('tender.organisation_id', '=', principal.organisationId)
    .orderBy('tender.created_at', 'desc')
    .orderBy('tender.id', 'desc')
    .limit(limit + 1);
  if (after !== undefined) {
    query = query.where(
      sql<boolean>`(tender.created_at, tender.id) < (${after.createdAt}, ${after.id}::uuid)`,
    );
  }
  const rows = await query.execute();
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  const memberships =
    page.rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('tender_team_member')
          .selectAll()
          .where('user_id', '=', principal.userId)
          .where(
            'tender_id',
            'in',
            page.rows.map((row) => row.id),
          )
          .execute();
  return {
    tenders: page.rows.map((row) => ({
      id: row.id,
      organisationId: row.organisation_id,
      reference: row.reference,
      title: row.title,
      state: row.state,
      regime: row.regime,
      procedureTypeId: row.procedure_type,
      submissionDeadline: row.submission_deadline?.toISOString() ?? null,
      lotCount: row.lot_count ?? 0,
      leadUserId: row.lead_user_id,
      version: row.version,
      capacities: capacitiesOf(
        memberships.filter((m) => m.tender_id === row.id),
        principal.userId,
      ),
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
