import type { TenderNoticeListQuery, TenderNoticeListResponse } from '@tenderwise/schema';
import { listNoticesAbout } from '../../db/repositories/notice-inbox.ts';
import type { ServiceContext } from '../context.ts';
import { decodeCursor, pageOf, pageSize, readCreatedKey } from '../page-cursor.ts';
import { readableTender } from '../tenders/tender-steps.ts';

/**
 * The notices sent about the tender, for its team, newest first: kind, subject, the recipient
 * organisation, when made and read, and how its e-mails fared (counts and the last dispatch;
 * the addresses are the vendors' and not shown).
 */
export async function listTenderNotices({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: TenderNoticeListQuery & { tenderId: string };
}): Promise<TenderNoticeListResponse> {
  const { tender } = await readableTender(ctx, 'listTenderNotices', input.tenderId);
  const limit = pageSize(input.limit);
  const before =
    input.cursor === undefined ? undefined : decodeCursor(input.cursor, readCreatedKey);
  const rows = await listNoticesAbout(
    ctx.db,
    { type: 'tender', id: tender.id },
    { limit, ...(before !== undefined && { before }) },
  );
  const page = pageOf(rows, limit, (row) => [row.created_at.toISOString(), row.id]);
  return {
    notices: page.rows.map((row) => {
      const deliveries = Number(row.deliveries);
      const dispatched = Number(row.dispatched);
      const pending = Number(row.pending);
      return {
        id: row.id,
        kind: row.kind,
        subject: { de: row.subject_de, en: row.subject_en },
        recipient: {
          organisationId: row.organisation_id,
          organisationName: row.organisation_name,
          personal: row.user_id !== null,
        },
        createdAt: row.created_at.toISOString(),
        readAt: row.read_at?.toISOString() ?? null,
        email: {
          deliveries,
          dispatched,
          pending,
          givenUp: deliveries - dispatched - pending,
          lastDispatchedAt:
            row.last_dispatched_at === null ? null : new Date(row.last_dispatched_at).toISOString(),
        },
      };
    }),
    nextCursor: page.nextCursor,
  };
}
