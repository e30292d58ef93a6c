import { BidContent } from '@tenderwise/schema';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** An opened bid in force, as the evaluation reads it. */
export interface EvaluatedBidRow {
  id: string;
  lotNumber: number;
  source: 'vault' | 'import';
  /** The vendor organisation that submitted it; null for an imported bid. */
  organisationId: string | null;
  content: BidContent;
  contentSha256: string;
  receivedAt: Date;
  late: boolean;
}

/**
 * The tender's opened bids in force (not withdrawn; the latest opened submission of each), by lot,
 * then in the order they were received: the same for the vault's and the platform's bids, which
 * both end in `bid_opened_content`. Of one lot when `lotNumber` is given, of one bid with `bidId`.
 */
export async function listEvaluatedBids(
  db: Db,
  tenderId: string,
  filter: { lotNumber?: number; bidId?: string } = {},
): Promise<EvaluatedBidRow[]> {
  let query = db
    .selectFrom('bid_opened_content')
    .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
    .select([
      'bid.id',
      'bid.lot_number',
      'bid.source',
      'bid.organisation_id',
      'bid_opened_content.content',
      'bid_opened_content.content_sha256',
      'bid_opened_content.received_at',
      'bid_opened_content.late',
    ])
    .where('bid.tender_id', '=', tenderId)
    .where('bid.withdrawn_at', 'is', null)
    .where(
      'bid_opened_content.submission_number',
      '=',
      sql<number>`(select max(o.submission_number) from bid_opened_content o where o.bid_id = bid.id)`,
    );
  if (filter.lotNumber !== undefined) query = query.where('bid.lot_number', '=', filter.lotNumber);
  if (filter.bidId !== undefined) query = query.where('bid.id', '=', filter.bidId);
  const rows = await query
    .orderBy('bid.lot_number')
    .orderBy('bid_opened_content.received_at')
    .orderBy('bid.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    lotNumber: row.lot_number,
    source: row.source,
    organisationId: row.organisation_id,
    content: BidContent.parse(JSON.parse(row.content)),
    contentSha256: row.content_sha256,
    receivedAt: row.received_at,
    late: row.late,
  }));
}
