import { BidContent, type TenderBid, type TenderBidsResponse } from '@tenderwise/schema';
import { sql } from 'kysely';
import { NotFoundError } from '../../domain/errors.ts';
import type { ServiceContext } from '../context.ts';
import { readableTender } from '../tenders/tender-steps.ts';
import { bidderOf, pricesOf } from './opening-record.ts';

const bidNotFound = 'Nothing exists at this address.';

/**
 * The tender's bids for its team. Before the opening only the number of bids in force per lot:
 * nothing that tells one bid or bidder from another, not even which are late (§ 55 (1) VgV, the
 * bids stay closed until the opening). After the opening (in the vault, or by an import of the
 * platform's opened bids) the opened bids.
 */
export async function listTenderBids({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string };
}): Promise<TenderBidsResponse> {
  const { tenderId } = input;
  await readableTender(ctx, 'listTenderBids', tenderId);
  const opened = await ctx.db
    .selectFrom('bid_opened_content')
    .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
    .select([
      'bid.id',
      'bid.lot_number',
      'bid.source',
      'bid_opened_content.content',
      'bid_opened_content.received_at',
      'bid_opened_content.late',
    ])
    .where('bid.tender_id', '=', tenderId)
    .where('bid.withdrawn_at', 'is', null)
    .where(
      'bid_opened_content.submission_number',
      '=',
      sql<number>`(select max(o.submission_number) from bid_opened_content o where o.bid_id = bid.id)`,
    )
    .orderBy('bid.lot_number')
    .orderBy('bid_opened_content.received_at')
    .orderBy('bid.id')
    .execute();
  // Opened in the vault (even with no bid to open), or bids imported after the platform's opening.
  const openedHere =
    opened.length > 0 ||
    (await ctx.db
      .selectFrom('opening_session')
      .select('id')
      .where('tender_id', '=', tenderId)
      .where('state', '=', 'opened')
      .executeTakeFirst()) !== undefined;
  if (openedHere) {
    return {
      opened: true,
      bids: opened.map((row) => {
        const content = BidContent.parse(JSON.parse(row.content));
        return {
          id: row.id,
          lotNumber: row.lot_number,
          bidder: bidderOf(content),
          receivedAt: row.received_at.toISOString(),
          late: row.late,
          totalPrice: pricesOf(content).totalPrice,
          source: row.source,
        };
      }),
    };
  }
  const counts = await ctx.db
    .selectFrom('tender_lot')
    .leftJoin('bid', (join) =>
      join
        .onRef('bid.tender_id', '=', 'tender_lot.tender_id')
        .onRef('bid.lot_number', '=', 'tender_lot.number')
        .on('bid.withdrawn_at', 'is', null),
    )
    .select(['tender_lot.number', (eb) => eb.fn.count<string>('bid.id').as('bids')])
    .where('tender_lot.tender_id', '=', tenderId)
    .groupBy('tender_lot.number')
    .orderBy('tender_lot.number')
    .execute();
  return {
    opened: false,
    lots: counts.map((row) => ({ lotNumber: row.number, bidsInForce: Number(row.bids) })),
  };
}

/** One opened bid with its receipt data; before the opening it is not found, like a missing id. */
export async function getTenderBid({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId: string; bidId: string };
}): Promise<TenderBid> {
  const { tenderId, bidId } = input;
  await readableTender(ctx, 'getTenderBid', tenderId);
  const row = await ctx.db
    .selectFrom('bid_opened_content')
    .innerJoin('bid', 'bid.id', 'bid_opened_content.bid_id')
    .leftJoin('bid_submission', (join) =>
      join
        .onRef('bid_submission.bid_id', '=', 'bid_opened_content.bid_id')
        .onRef('bid_submission.number', '=', 'bid_opened_content.submission_number'),
    )
    .select([
      'bid.id',
      'bid.lot_number',
      'bid.source',
      'bid_opened_content.submission_number',
      'bid_opened_content.content',
      'bid_opened_content.content_sha256',
      'bid_opened_content.received_at',
      'bid_opened_content.late',
      'bid_opened_content.opened_at',
      'bid_opened_content.opening_session_id',
      'bid_submission.sealed_sha256',
      'bid_submission.scheme_version',
      'bid_submission.commitment',
    ])
    .where('bid.tender_id', '=', tenderId)
    .where('bid.id', '=', bidId)
    .orderBy('bid_opened_content.submission_number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) throw new NotFoundError(bidNotFound);
  return {
    id: row.id,
    tenderId,
    lotNumber: row.lot_number,
    source: row.source,
    submission: row.submission_number,
    content: BidContent.parse(JSON.parse(row.content)),
    contentSha256: row.content_sha256,
    receivedAt: row.received_at.toISOString(),
    late: row.late,
    openedAt: row.opened_at.toISOString(),
    openingSessionId: row.opening_session_id,
    receipt:
      row.sealed_sha256 === null || row.scheme_version === null || row.commitment === null
        ? null
        : {
            sealedSha256: row.sealed_sha256,
            schemeVersion: row.scheme_version,
            schemeCommitment: row.commitment,
          },
  };
}
