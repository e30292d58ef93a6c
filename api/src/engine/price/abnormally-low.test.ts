import { abnormallyLowTriggerPercent } from '@tenderwise/schema';
import { describe, expect, it } from 'vitest';
import { fromDecimal } from '../arithmetic/rational.ts';
import { abnormallyLowPrices } from './abnormally-low.ts';

const bids = (prices: Record<string, number>) =>
  Object.entries(prices).map(([id, price]) => ({ id, price: fromDecimal(price) }));
const flagged = (
  prices: Record<string, number>,
  options: { thresholdPercent: number; estimate?: number },
) => Object.fromEntries(abnormallyLowPrices(bids(prices), options));

describe('abnormallyLowPrices', () => {
  it('flags a lowest price 20% or more under the next bid and under the others', () => {
    expect(flagged({ a: 79_000, b: 100_000, c: 120_000 }, { thresholdPercent: 20 })).toEqual({
      a: ['belowNextBid', 'belowMedianOfOthers'],
    });
  });

  it('flags a price exactly at the threshold ("at least"), and not one just above it', () => {
    expect(flagged({ a: 80_000, b: 100_000 }, { thresholdPercent: 20 })).toEqual({
      a: ['belowNextBid'],
    });
    expect(flagged({ a: 80_001, b: 100_000 }, { thresholdPercent: 20 })).toEqual({});
  });

  it('flags both of two colluding low bids, which hide each other from the next-bid comparison', () => {
    // a is only 2% under b; b is 49% under c. The median of the others (100,000 for a and b)
    // shows both; c and d are ordinary.
    expect(
      flagged({ a: 50_000, b: 51_000, c: 100_000, d: 105_000 }, { thresholdPercent: 20 }),
    ).toEqual({
      a: ['belowMedianOfOthers'],
      b: ['belowNextBid', 'belowMedianOfOthers'],
    });
  });

  it('looks at every bid, not only the lowest: a middle bid far under the next is flagged', () => {
    // b is 30% under c; a is 1.4% under b, and not 20% under the median of b and c (85,000).
    expect(flagged({ a: 69_000, b: 70_000, c: 100_000 }, { thresholdPercent: 20 })).toEqual({
      b: ['belowNextBid'],
    });
  });

  it('compares with the next higher price, not with an equal one', () => {
    expect(flagged({ a: 50_000, b: 50_000, c: 100_000 }, { thresholdPercent: 20 })).toEqual({
      a: ['belowNextBid', 'belowMedianOfOthers'],
      b: ['belowNextBid', 'belowMedianOfOthers'],
    });
  });

  it('is not moved by one far outlier, as a mean would be', () => {
    // The mean of the others of a (b, c, d) would be 370,000; their median is 105,000.
    expect(
      flagged({ a: 90_000, b: 100_000, c: 105_000, d: 900_000 }, { thresholdPercent: 20 }),
    ).toEqual({ c: ['belowNextBid'] });
  });

  it('flags prices of zero or below whatever the field', () => {
    expect(flagged({ a: 0, b: 1 }, { thresholdPercent: 20 })).toEqual({
      a: ['zeroOrNegative', 'belowNextBid'],
    });
    expect(flagged({ a: -5 }, { thresholdPercent: 20 })).toEqual({ a: ['zeroOrNegative'] });
  });

  it('flags prices far under the estimate when one is given', () => {
    expect(flagged({ a: 70_000, b: 75_000 }, { thresholdPercent: 20, estimate: 100_000 })).toEqual({
      a: ['belowEstimate'],
      b: ['belowEstimate'],
    });
  });

  it('flags nothing for a single ordinary bid', () => {
    expect(flagged({ a: 100 }, { thresholdPercent: 20 })).toEqual({});
  });

  it('takes the Land preset: 10% in Sachsen-Anhalt (§ 14 LVG LSA), 20% elsewhere', () => {
    expect(abnormallyLowTriggerPercent('ST')).toBe(10);
    expect(abnormallyLowTriggerPercent('BY')).toBe(20);
    expect(abnormallyLowTriggerPercent()).toBe(20);
    const field = { a: 88_000, b: 100_000 };
    expect(flagged(field, { thresholdPercent: abnormallyLowTriggerPercent('ST') })).toEqual({
      a: ['belowNextBid'],
    });
    expect(flagged(field, { thresholdPercent: abnormallyLowTriggerPercent('NW') })).toEqual({});
  });
});
