import { describe, expect, it } from 'vitest';
import { consistency, RANDOM_INDEX } from './consistency.ts';

describe('consistency', () => {
  it('has Saaty’s random index for every size from 1 to 15', () => {
    expect(RANDOM_INDEX).toHaveLength(15);
    expect(RANDOM_INDEX[2]).toBe(0.52);
    expect(RANDOM_INDEX[14]).toBe(1.59);
  });

  it('computes CI = (λmax − n)/(n − 1) and CR = CI/RI', () => {
    // λmax = 4.267 for four items: CI = 0.267/3 = 0.089, CR = 0.089/0.89 = 0.1.
    const result = consistency(4.267, 4);
    expect(result.consistencyIndex).toBeCloseTo(0.089, 12);
    expect(result.randomIndex).toBe(0.89);
    expect(result.consistencyRatio).toBeCloseTo(0.1, 12);
  });

  it('gives zero for two items and for rounding noise below n', () => {
    expect(consistency(2.0000001, 2)).toEqual({
      consistencyIndex: 0,
      randomIndex: 0,
      consistencyRatio: 0,
    });
    expect(consistency(3 - 1e-15, 3).consistencyRatio).toBe(0);
  });

  it('refuses a size without a random index', () => {
    expect(() => consistency(16, 16)).toThrow(/16 items/);
  });
});
