import { z } from 'zod';
import { ResourceId, Timestamp } from '../administration/common.ts';
import { BidPrice } from '../evaluation/bid.ts';
import { OpeningPassphrase } from './opening-keys.ts';

/**
 * The joint opening of the bids in the vault (§ 55 VgV): at least two opening officers or
 * deputies, after the submission deadline, each confirming their presence with their opening
 * passphrase; then the bids are opened and the opening record (Niederschrift, § 55 (2) VgV)
 * is written.
 */

export const OpeningSessionParams = z.strictObject({
  tenderId: ResourceId.meta({ param: { name: 'tenderId', in: 'path' } }),
  sessionId: ResourceId.meta({ param: { name: 'sessionId', in: 'path' } }),
});
export type OpeningSessionParams = z.output<typeof OpeningSessionParams>;

/** `officer`: an officer of the tender present in a break-glass session (the officers' split). */
export const OpeningCapacity = z.enum(['openingOfficer', 'openingDeputy', 'officer']);

/**
 * A break-glass opening: two officers of the tender, with the officers' separate split of the key,
 * open when fewer than two opening officers and deputies remain. Four eyes; the reason is kept
 * with the session and in the opening record.
 */
export const StartBreakGlassOpeningInput = z
  .strictObject({
    reason: z.string().trim().min(1).max(4_000).meta({
      description: 'Why the opening officers and deputies cannot open (kept in the record)',
    }),
  })
  .meta({ id: 'StartBreakGlassOpeningInput' });
export type StartBreakGlassOpeningInput = z.output<typeof StartBreakGlassOpeningInput>;

export const ConfirmOpeningPresenceInput = z
  .strictObject({ passphrase: OpeningPassphrase })
  .meta({ id: 'ConfirmOpeningPresenceInput' });
export type ConfirmOpeningPresenceInput = z.output<typeof ConfirmOpeningPresenceInput>;

/** A holder who confirmed their presence in the session. */
export const OpeningPresence = z
  .strictObject({
    userId: ResourceId,
    displayName: z.string(),
    capacity: OpeningCapacity,
    confirmedAt: Timestamp,
    /**
     * Whether the server still holds this holder's unlocked key share. The share is held in the
     * server's memory only, for a limited time: after a restart or once that time has passed,
     * the holder confirms their presence again.
     */
    shareHeld: z.boolean(),
  })
  .meta({ id: 'OpeningPresence' });

export const OpeningSession = z
  .strictObject({
    id: ResourceId,
    tenderId: ResourceId,
    state: z.enum(['open', 'opened', 'abandoned']),
    startedAt: Timestamp,
    startedBy: z.strictObject({ userId: ResourceId, displayName: z.string() }),
    endedAt: z.union([Timestamp, z.null()]),
    /** For a break-glass session: why (four eyes of two officers); null for the joint opening. */
    breakGlassReason: z.union([z.string(), z.null()]),
    /** Any this many different holders present open the bids. */
    threshold: z.int(),
    present: z.array(OpeningPresence),
    /** Whether the shares of at least `threshold` different holders are held now. */
    canOpen: z.boolean(),
    /** SHA-256 of the opening record, once opened. */
    recordSha256: z.union([z.string().regex(/^[0-9a-f]{64}$/), z.null()]),
  })
  .meta({ id: 'OpeningSession' });
export type OpeningSession = z.output<typeof OpeningSession>;

export const OpeningSessionList = z
  .strictObject({ sessions: z.array(OpeningSession) })
  .meta({ id: 'OpeningSessionList' });
export type OpeningSessionList = z.output<typeof OpeningSessionList>;

/** Who bids, as the opening record names them. */
export const OpeningRecordBidder = z
  .strictObject({
    kind: z.enum(['single', 'group']),
    /** The company, or for a bidding group its representative. */
    name: z.string(),
    /** The members of a bidding group (§ 43 (2) VgV), the representative among them. */
    members: z.array(z.string()),
  })
  .meta({ id: 'OpeningRecordBidder' });

/**
 * The check of a sealed bid at the opening: `passed` when the SHA-256 of the stored sealed
 * bytes equals the receipt's and the content opened; `hashMismatch` when the stored bytes differ
 * from those receipted; `unreadable` when they did not open with the tender's key.
 */
export const OpeningCheck = z.enum(['passed', 'hashMismatch', 'unreadable']);
export type OpeningCheck = z.output<typeof OpeningCheck>;

export const OpeningRecordBid = z
  .strictObject({
    bidId: ResourceId,
    lotNumber: z.int(),
    submission: z.int(),
    /** Null when the content could not be opened. */
    bidder: z.union([OpeningRecordBidder, z.null()]),
    receivedAt: Timestamp,
    /** Received after the submission deadline (§ 57 (1) Nr. 1 VgV). */
    late: z.boolean(),
    /** The total price, or null for a life-cycle cost price sheet (see `price`). */
    totalPrice: z.union([z.number(), z.null()]),
    /** The life-cycle cost components' total, for such a price sheet. */
    lifeCycleCostTotal: z.union([z.number(), z.null()]),
    price: z.union([BidPrice, z.null()]),
    receiptSha256: z.string(),
    computedSha256: z.string(),
    check: OpeningCheck,
  })
  .meta({ id: 'OpeningRecordBid' });
export type OpeningRecordBid = z.output<typeof OpeningRecordBid>;

/** The opening record (Niederschrift, § 55 (2) VgV). */
export const OpeningRecord = z
  .strictObject({
    tender: z.strictObject({ id: ResourceId, reference: z.string(), title: z.string() }),
    session: z.strictObject({
      id: ResourceId,
      startedAt: Timestamp,
      endedAt: Timestamp,
      /** Set when the bids were opened by the officers' break-glass, with its reason. */
      breakGlassReason: z.union([z.string(), z.null()]),
    }),
    present: z.array(
      z.strictObject({
        userId: ResourceId,
        name: z.string(),
        capacity: OpeningCapacity,
        confirmedAt: Timestamp,
      }),
    ),
    openedBy: ResourceId,
    bids: z.array(OpeningRecordBid),
  })
  .meta({ id: 'OpeningRecord' });
export type OpeningRecord = z.output<typeof OpeningRecord>;

export const OpeningRecordResponse = z
  .strictObject({
    sessionId: ResourceId,
    /** SHA-256 of the record's canonical JSON (RFC 8785), as stored. */
    recordSha256: z.string().regex(/^[0-9a-f]{64}$/),
    record: OpeningRecord,
  })
  .meta({ id: 'OpeningRecordResponse' });
export type OpeningRecordResponse = z.output<typeof OpeningRecordResponse>;
