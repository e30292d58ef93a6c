import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidContent } from './content.ts';
import { OpeningRecordBidder } from './opening.ts';

/** The bids of a tender as its team sees them. */

export const TenderBidParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
});
export type TenderBidParams = z.output<typeof TenderBidParams>;

export const TenderBidSummary = z
  .strictObject({
    id: ResourceId,
    lotNumber: z.int(),
    bidder: OpeningRecordBidder,
    receivedAt: Timestamp,
    late: z.boolean(),
    totalPrice: z.union([z.number(), z.null()]),
    source: z.enum(['vault', 'import']),
  })
  .meta({ id: 'TenderBidSummary' });
export type TenderBidSummary = z.output<typeof TenderBidSummary>;

/**
 * Before the opening only how many bids are in force per lot (no ids, bidders, times or sizes;
 * late bids are not told apart, § 55 (1) VgV); after it the opened bids.
 */
export const TenderBidsResponse = z
  .discriminatedUnion('opened', [
    z.strictObject({
      opened: z.literal(false),
      lots: z.array(z.strictObject({ lotNumber: z.int(), bidsInForce: z.int() })),
    }),
    z.strictObject({
      opened: z.literal(true),
      bids: z.array(TenderBidSummary),
    }),
  ])
  .meta({ id: 'TenderBidsResponse' });
export type TenderBidsResponse = z.output<typeof TenderBidsResponse>;

export const TenderBid = z
  .strictObject({
    id: ResourceId,
    tenderId: ResourceId,
    lotNumber: z.int(),
    source: z.enum(['vault', 'import']),
    submission: z.int(),
    content: BidContent,
    /** SHA-256 of the content's canonical JSON (RFC 8785). */
    contentSha256: z.string(),
    receivedAt: Timestamp,
    late: z.boolean(),
    openedAt: Timestamp,
    openingSessionId: z.union([ResourceId, z.null()]),
    /** The receipt of the submission, for bids in the vault. */
    receipt: z.union([
      z.strictObject({
        sealedSha256: z.string(),
        schemeVersion: z.int(),
        schemeCommitment: z.string(),
      }),
      z.null(),
    ]),
  })
  .meta({ id: 'TenderBid' });
export type TenderBid = z.output<typeof TenderBid>;
