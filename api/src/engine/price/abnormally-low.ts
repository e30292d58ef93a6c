import type { abnormallyLowReasons } from '@tenderwise/schema';
import {
  compare,
  fromDecimal,
  mul,
  ONE,
  percent,
  sign,
  sub,
  type Rational,
} from '../arithmetic/rational.ts';

export interface PricedBid {
  id: string;
  price: Rational;
}

export type AbnormallyLowReason = (typeof abnormallyLowReasons)[number];

/**
 * Bids whose price calls for a clarification of the price (§ 60 VgV): a price of zero or below,
 * a lowest price more than the trigger threshold (Aufgreifschwelle) under the next admitted bid,
 * and, when the buyer's estimate is given, any price that far under the estimate. The flag asks
 * the buyer to clarify; it never excludes a bid by itself.
 */
export function abnormallyLowPrices(
  bids: readonly PricedBid[],
  options: { thresholdPercent: number | string; estimate?: number | string },
): Map<string, AbnormallyLowReason[]> {
  const share = sub(ONE, percent(options.thresholdPercent));
  const flags = new Map<string, AbnormallyLowReason[]>();
  const flag = (id: string, reason: AbnormallyLowReason) => {
    const reasons = flags.get(id) ?? [];
    if (!reasons.includes(reason)) flags.set(id, [...reasons, reason]);
  };
  for (const bid of bids) if (sign(bid.price) <= 0) flag(bid.id, 'zeroOrNegative');

  const ascending = [...bids].sort((a, b) => compare(a.price, b.price));
  const lowest = ascending[0];
  const next = ascending.find((bid) => lowest && compare(bid.price, lowest.price) > 0);
  if (lowest && next && compare(lowest.price, mul(share, next.price)) < 0) {
    for (const bid of ascending) {
      if (compare(bid.price, lowest.price) === 0) flag(bid.id, 'belowNextBid');
    }
  }
  if (options.estimate !== undefined) {
    const limit = mul(share, fromDecimal(options.estimate));
    for (const bid of bids) if (compare(bid.price, limit) < 0) flag(bid.id, 'belowEstimate');
  }
  return flags;
}
