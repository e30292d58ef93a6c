import type { abnormallyLowReasons } from '@tenderwise/schema';
import {
  add,
  compare,
  div,
  fromDecimal,
  mul,
  ONE,
  percent,
  rational,
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
 * Bids whose price calls for a clarification of the price (§ 60 VgV; § 54 SektVO; § 44 UVgO).
 * Every admitted bid is looked at against the others, not only the lowest against the next:
 *
 * - `belowNextBid`: its price is at least the trigger threshold (Aufgreifschwelle) under the next
 *   higher admitted price, the comparison review practice and § 14 LVG LSA make;
 * - `belowMedianOfOthers`: its price is at least the threshold under the median of the other
 *   admitted prices. This catches a group of low bids close to each other (two colluding bids
 *   hide each other from the first comparison), and a single far outlier does not move it. It
 *   needs at least two other bids; a group of low bids that makes up half the field or more moves
 *   the median itself, and only the estimate then shows them;
 * - `zeroOrNegative`: a price of zero or below (CJEU C-367/19, Tax-Fin-Lex);
 * - `belowEstimate`: when the buyer's estimate is given, a price at least the threshold under it.
 *
 * "At least" includes the threshold itself, the stricter reading of § 14 LVG LSA ("um mindestens
 * 10 v. H."). The flag asks the buyer to clarify; it never excludes a bid by itself.
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
  const atLeastUnder = (price: Rational, reference: Rational) =>
    compare(price, mul(share, reference)) <= 0;

  for (const bid of bids) if (sign(bid.price) <= 0) flag(bid.id, 'zeroOrNegative');

  const ascending = [...bids].sort((a, b) => compare(a.price, b.price));
  for (let i = 0, next = 0; i < ascending.length; i++) {
    const bid = ascending[i]!;
    while (next < ascending.length && compare(ascending[next]!.price, bid.price) <= 0) next++;
    if (next < ascending.length && atLeastUnder(bid.price, ascending[next]!.price)) {
      flag(bid.id, 'belowNextBid');
    }
  }

  if (ascending.length >= 3) {
    ascending.forEach((bid, i) => {
      const others = [...ascending.slice(0, i), ...ascending.slice(i + 1)];
      if (atLeastUnder(bid.price, sortedMedian(others))) flag(bid.id, 'belowMedianOfOthers');
    });
  }

  if (options.estimate !== undefined) {
    const estimate = fromDecimal(options.estimate);
    for (const bid of bids) if (atLeastUnder(bid.price, estimate)) flag(bid.id, 'belowEstimate');
  }
  return flags;
}

/** The median of prices already in ascending order; of an even count, the mean of the middle two. */
function sortedMedian(sorted: readonly PricedBid[]): Rational {
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? sorted[middle]!.price
    : div(add(sorted[middle - 1]!.price, sorted[middle]!.price), rational(2n));
}
