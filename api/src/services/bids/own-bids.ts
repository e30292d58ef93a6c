import type { Selectable } from 'kysely';
import type { BidReceipt, OwnBid, OwnBidList } from '@tenderwise/schema';
import type { BidSubmissionTable, BidTable } from '../../db/tables/bids.ts';
import { NotFoundError } from '../../domain/errors.ts';
import type { AccessObject } from '../../security/access/authorize.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { vendorActorOf } from '../public-tenders/vendor-steps.ts';
import type { TenderRow } from '../../db/repositories/tenders.ts';

type Db = ServiceContext['db'];
type BidRow = Selectable<BidTable>;
type SubmissionRow = Selectable<BidSubmissionTable>;

/** The same answer for a bid that does not exist and another vendor's. */
export const bidNotFound = 'Nothing exists at this address.';

/** A vendor's bid in the vault with its tender: what `authorize` decides on. */
export interface BidAccess {
  bid: BidRow;
  tender: Pick<TenderRow, 'id' | 'organisation_id' | 'state' | 'reference' | 'title'>;
}

/** A bid of the vault (imported bids are the authority's records, never a vendor's object). */
export async function findBidAccess(db: Db, bidId: string): Promise<BidAccess | undefined> {
  const row = await db
    .selectFrom('bid')
    .innerJoin('tender', 'tender.id', 'bid.tender_id')
    .selectAll('bid')
    .select([
      'tender.organisation_id as tender_organisation_id',
      'tender.state as tender_state',
      'tender.reference as tender_reference',
      'tender.title as tender_title',
    ])
    .where('bid.id', '=', bidId)
    .where('bid.source', '=', 'vault')
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const { tender_organisation_id, tender_state, tender_reference, tender_title, ...bid } = row;
  return {
    bid,
    tender: {
      id: bid.tender_id,
      organisation_id: tender_organisation_id,
      state: tender_state,
      reference: tender_reference,
      title: tender_title,
    },
  };
}

/**
 * The bid as `authorize` sees it: its vendor's (`ownVendor`), in its tender's authority and state.
 * It names no team: nobody on the authority's side relates to a bid before the opening.
 */
export function bidAccessObject({ bid, tender }: BidAccess): AccessObject {
  return {
    type: 'bid',
    id: bid.id,
    organisationId: tender.organisation_id,
    vendorOrganisationId: bid.organisation_id,
    tenderState: tender.state,
  };
}

/** A receipt as given at the submission, rebuilt from the stored row. */
export function receiptOf(
  bid: Pick<BidRow, 'id' | 'tender_id' | 'lot_number'>,
  submission: SubmissionRow,
): BidReceipt {
  return {
    bidId: bid.id,
    tenderId: bid.tender_id,
    lotNumber: bid.lot_number,
    submission: submission.number,
    receivedAt: submission.received_at.toISOString(),
    sealedSha256: submission.sealed_sha256,
    schemeVersion: submission.scheme_version,
    schemeCommitment: submission.commitment,
    late: submission.late,
  };
}

/** The vendor's view of its bids: receipts and state, never anything of other vendors' bids. */
async function ownBidsOf(db: Db, access: BidAccess[]): Promise<OwnBid[]> {
  if (access.length === 0) return [];
  const bidIds = access.map(({ bid }) => bid.id);
  const submissions = await db
    .selectFrom('bid_submission')
    .selectAll()
    .where('bid_id', 'in', bidIds)
    .orderBy('bid_id')
    .orderBy('number')
    .execute();
  const tenderIds = [...new Set(access.map(({ tender }) => tender.id))];
  const openings = await db
    .selectFrom('opening_session')
    .select(['tender_id', 'ended_at'])
    .where('tender_id', 'in', tenderIds)
    .where('state', '=', 'opened')
    .execute();
  return access.map(({ bid, tender }) => {
    const openedAt = openings.find((opening) => opening.tender_id === tender.id)?.ended_at;
    return {
      bidId: bid.id,
      tender: { id: tender.id, reference: tender.reference, title: tender.title },
      lotNumber: bid.lot_number,
      state: bid.withdrawn_at === null ? 'inForce' : 'withdrawn',
      withdrawnAt: bid.withdrawn_at?.toISOString() ?? null,
      receipts: submissions
        .filter((submission) => submission.bid_id === bid.id)
        .map((submission) => receiptOf(bid, submission)),
      openedAt: openedAt?.toISOString() ?? null,
      content: 'sealed',
    };
  });
}

/**
 * The vendor's own bids in the vault, the newest first, optionally of one tender. Object-less:
 * the query names the caller's organisation, so another vendor's bid never appears, nor a count.
 */
export async function listOwnBids({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tenderId?: string | undefined };
}): Promise<OwnBidList> {
  await authorize(ctx, { operationId: 'listOwnBids' });
  const vendor = vendorActorOf(ctx);
  let query = ctx.db
    .selectFrom('bid')
    .select('bid.id')
    .where('bid.organisation_id', '=', vendor.organisationId)
    .where('bid.source', '=', 'vault');
  if (input.tenderId !== undefined) query = query.where('bid.tender_id', '=', input.tenderId);
  const rows = await query.orderBy('bid.created_at', 'desc').orderBy('bid.id').execute();
  const access: BidAccess[] = [];
  for (const row of rows) {
    const found = await findBidAccess(ctx.db, row.id);
    if (found !== undefined) access.push(found);
  }
  return { bids: await ownBidsOf(ctx.db, access) };
}

/** One of the vendor's own bids; another vendor's is not found, exactly like a missing one. */
export async function getOwnBid({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { bidId: string };
}): Promise<OwnBid> {
  const found = await findBidAccess(ctx.db, input.bidId);
  await authorize(ctx, {
    operationId: 'getOwnBid',
    ...(found !== undefined && { object: bidAccessObject(found) }),
  });
  if (found === undefined) throw new NotFoundError(bidNotFound);
  const [bid] = await ownBidsOf(ctx.db, [found]);
  return bid!;
}
