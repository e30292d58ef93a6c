import { describe, expect, it } from 'vitest';
import { decimalOfWeight, readWeight, weightShares } from '../src/lib/assistant/weight-shares.ts';

describe('weightShares', () => {
  it('shows each weight as its share of the sum, whatever the sum', () => {
    expect(weightShares([40, 40])).toEqual([50, 50]);
    expect(weightShares([30, 10])).toEqual([75, 25]);
    expect(weightShares([60, 30, 10])).toEqual([60, 30, 10]);
  });

  it('adds up to exactly 100 in tenths, the largest remainders taking the rest', () => {
    const shares = weightShares([1, 1, 1])!;
    expect(shares).toEqual([33.4, 33.3, 33.3]);
    expect(Math.round(shares.reduce((sum, share) => sum + share, 0) * 10)).toBe(1000);
    expect(weightShares([2, 1, 1, 3])).toEqual([28.6, 14.3, 14.3, 42.8]);
  });

  it('gives no shares while every weight is zero', () => {
    expect(weightShares([0, 0])).toBeNull();
    expect(weightShares([])).toBeNull();
  });
});

describe('readWeight', () => {
  it('reads whole and decimal numbers from 0 to 100, with either decimal mark', () => {
    expect(readWeight('40')).toBe(40);
    expect(readWeight(' 12,5 ')).toBe(12.5);
    expect(readWeight('0')).toBe(0);
    expect(readWeight('100')).toBe(100);
  });

  it('refuses what is no weight', () => {
    for (const text of ['', '-1', '101', '1e2', 'viel', '12.345']) {
      expect(readWeight(text), text).toBeNull();
    }
  });

  it('sends weights as the decimal strings the API takes', () => {
    expect(decimalOfWeight(40)).toBe('40');
    expect(decimalOfWeight(12.5)).toBe('12.5');
  });
});
