import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';

export const BidLotParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  lotNumber: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .meta({ param: { name: 'lotNumber', in: 'path' } }),
});
export type BidLotParams = z.output<typeof BidLotParams>;

/**
 * The receipt of a submission (Eingangsbestätigung): the bid, the moment the database committed
 * it (UTC, to the millisecond), the SHA-256 of the sealed bytes as stored (the opening checks
 * them against it) and the scheme version with its commitment that the bid answers. `late`: it
 * arrived after the submission deadline in force at that moment; it is kept sealed, and the
 * authority decides on its admission (§ 57 (1) Nr. 1 VgV).
 */
export const BidReceipt = z
  .strictObject({
    bidId: ResourceId,
    tenderId: ResourceId,
    lotNumber: z.int(),
    /** 1 for the first submission; each change adds one. */
    submission: z.int().min(1),
    receivedAt: Timestamp,
    sealedSha256: z.string().regex(/^[0-9a-f]{64}$/),
    schemeVersion: z.int().min(1),
    schemeCommitment: z.string().regex(/^[0-9a-f]{64}$/),
    late: z.boolean(),
  })
  .meta({ id: 'BidReceipt' });
export type BidReceipt = z.output<typeof BidReceipt>;

export const BidParams = z.strictObject({
  bidId: ResourceId.meta({ param: { name: 'bidId', in: 'path' } }),
});
export type BidParams = z.output<typeof BidParams>;

/** Printable ASCII without spaces, 1 to 200 characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,200}$/;

/**
 * The optional `Idempotency-Key` request header of submitBid, changeBid and withdrawBid. A retry
 * with the same key and the same request (operation, path parameters and body) answers with the
 * original receipt and status and stores nothing new; the same key with another request is
 * refused with 422. Keys are the vendor organisation's own: another vendor's key never matches.
 */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(idempotencyKeyPattern)
    .optional()
    .meta({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'Optional; printable ASCII without spaces, at most 200 characters. A retry with the ' +
        'same key and the same request gets the original receipt and stores nothing new; the ' +
        'same key with another request is refused (422).',
      examples: ['bid-2027-014-lot1-7f3a'],
    }),
});

/** The receipt of a withdrawal: the moment the database committed it (UTC, to the millisecond). */
export const BidWithdrawalReceipt = z
  .strictObject({
    bidId: ResourceId,
    tenderId: ResourceId,
    lotNumber: z.int(),
    withdrawnAt: Timestamp,
  })
  .meta({ id: 'BidWithdrawalReceipt' });
export type BidWithdrawalReceipt = z.output<typeof BidWithdrawalReceipt>;

/**
 * A vendor's own bid as the vendor sees it: the tender, the lot, whether it is in force, every
 * receipt (oldest first) and, once the bids were opened, when. The content is sealed to the
 * tender's key and cannot be shown, not even to its bidder: keep your own copy.
 */
export const OwnBid = z
  .strictObject({
    bidId: ResourceId,
    tender: z.strictObject({ id: ResourceId, reference: z.string(), title: z.string() }),
    lotNumber: z.int(),
    state: z.enum(['inForce', 'withdrawn']),
    withdrawnAt: z.union([Timestamp, z.null()]),
    receipts: z.array(BidReceipt),
    openedAt: z.union([Timestamp, z.null()]).meta({
      description: 'When the tender’s bids were opened (§ 55 VgV); null before',
    }),
    content: z.literal('sealed').meta({
      description:
        'The content is encrypted to the tender’s key and cannot be shown before the opening, ' +
        'not even to the bidder',
    }),
  })
  .meta({ id: 'OwnBid' });
export type OwnBid = z.output<typeof OwnBid>;

export const OwnBidListQuery = z.strictObject({
  tenderId: ResourceId.optional().meta({ description: 'Only the bids for this tender' }),
});
export type OwnBidListQuery = z.output<typeof OwnBidListQuery>;

export const OwnBidList = z
  .strictObject({ bids: z.array(OwnBid) })
  .meta({ id: 'OwnBidList', description: 'The vendor’s own bids, the newest first' });
export type OwnBidList = z.output<typeof OwnBidList>;

/**
 * An outage of the submission channel that an officer recorded: a late bid that arrived during
 * or because of it is one the bidder is not responsible for (§ 57 (1) Nr. 1 VgV).
 */
export const PlatformOutageInput = z
  .strictObject({
    startedAt: Timestamp,
    endedAt: Timestamp,
    description: z.string().trim().min(1).max(4000),
  })
  .meta({ id: 'PlatformOutageInput' });
export type PlatformOutageInput = z.output<typeof PlatformOutageInput>;

export const PlatformOutage = z
  .strictObject({
    id: ResourceId,
    tenderId: ResourceId,
    startedAt: Timestamp,
    endedAt: Timestamp,
    description: z.string(),
    recordedBy: ResourceId,
    recordedAt: Timestamp,
  })
  .meta({ id: 'PlatformOutage' });
export type PlatformOutage = z.output<typeof PlatformOutage>;

export const PlatformOutageList = z
  .strictObject({ outages: z.array(PlatformOutage) })
  .meta({ id: 'PlatformOutageList', description: 'The recorded outages, the earliest first' });
export type PlatformOutageList = z.output<typeof PlatformOutageList>;
