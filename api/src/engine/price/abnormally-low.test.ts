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
  it('flags a lowest price more than 20% under the next bid', () => {
    expect(flagged({ a: 79_000, b: 100_000, c: 120_000 }, { thresholdPercent: 20 })).toEqual({
      a: ['belowNextBid'],
    });
  });

  it('does not flag a lowest price exactly at the threshold', () => {
    expect(flagged({ a: 80_000, b: 100_000 }, { thresholdPercent: 20 })).toEqual({});
  });

  it('compares with the next higher price, not with an equal one', () => {
    expect(flagged({ a: 50_000, b: 50_000, c: 100_000 }, { thresholdPercent: 20 })).toEqual({
      a: ['belowNextBid'],
      b: ['belowNextBid'],
    });
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
});
