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
