import type { BidContent, OpeningCheck, OpeningRecordBid } from '@tenderwise/schema';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { sealedBidSha256, type SealedBid } from '../../security/vault/seal.ts';

/**
 * The parts of the opening record (Niederschrift, § 55 (2) VgV) that depend on one bid alone.
 */

/**
 * Whether the sealed bytes as stored are those the receipt acknowledged: their SHA-256 computed
 * again and compared with the receipt's `sealed_sha256`.
 */
export function checkSealedBid(
  sealed: SealedBid,
  receiptSha256: string,
): { computedSha256: string; matches: boolean } {
  const computedSha256 = sealedBidSha256(sealed);
  const encoder = new TextEncoder();
  const a = encoder.encode(computedSha256);
  const b = encoder.encode(receiptSha256);
  return { computedSha256, matches: a.byteLength === b.byteLength && constantTimeEqual(a, b) };
}

/** Who bids, by name: the company, or a bidding group's representative and members. */
export function bidderOf(content: BidContent): NonNullable<OpeningRecordBid['bidder']> {
  const { bidder } = content;
  if (bidder.kind === 'single') {
    return { kind: 'single', name: bidder.company.name, members: [] };
  }
  return {
    kind: 'group',
    name: bidder.members[bidder.representative]?.name ?? '',
    members: bidder.members.map((member) => member.name),
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The price as the record states it: the total price, or for a life-cycle cost price sheet the
 * sum of its stated components (recurring and egress costs as stated per year, counted once
 * per stated value; the evaluation computes the costs over the term).
 */
export function pricesOf(content: BidContent): {
  totalPrice: number | null;
  lifeCycleCostTotal: number | null;
} {
  const { price } = content;
  if (price.kind === 'totalPrice') return { totalPrice: price.amount, lifeCycleCostTotal: null };
  const { costs } = price;
  const recurring = Array.isArray(costs.recurringPerYear)
    ? sum(costs.recurringPerYear)
    : costs.recurringPerYear;
  return {
    totalPrice: null,
    lifeCycleCostTotal: sum([
      costs.oneOff,
      costs.migrationIn,
      recurring,
      costs.egressPerYear,
      costs.exit,
    ]),
  };
}

/** One bid's line of the record. */
export function recordBid(input: {
  bidId: string;
  lotNumber: number;
  submission: number;
  receivedAt: Date;
  late: boolean;
  receiptSha256: string;
  computedSha256: string;
  check: OpeningCheck;
  content: BidContent | null;
}): OpeningRecordBid {
  const { content } = input;
  return {
    bidId: input.bidId,
    lotNumber: input.lotNumber,
    submission: input.submission,
    bidder: content === null ? null : bidderOf(content),
    receivedAt: input.receivedAt.toISOString(),
    late: input.late,
    ...(content === null ? { totalPrice: null, lifeCycleCostTotal: null } : pricesOf(content)),
    price: content?.price ?? null,
    receiptSha256: input.receiptSha256,
    computedSha256: input.computedSha256,
    check: input.check,
  };
}
