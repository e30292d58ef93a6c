import { describe, expect, it } from 'vitest';
import { toFixedHalfEven } from '../arithmetic/rational.ts';
import { lifeCycleCost } from './life-cycle-cost.ts';

const base = {
  termYears: 3,
  oneOff: 10_000,
  migrationIn: 5_000,
  recurringPerYear: 20_000,
  egressPerYear: 1_000,
  exit: 4_000,
};

describe('lifeCycleCost', () => {
  it('sums every cost over the term without a discount rate', () => {
    const cost = lifeCycleCost(base);
    // 15,000 at the start, 21,000 a year for three years, 4,000 at the end.
    expect(toFixedHalfEven(cost.total, 2)).toBe('82000.00');
    expect(cost.presentValue).toEqual(cost.total);
    expect(cost.byYear.map((year) => toFixedHalfEven(year, 0))).toEqual([
      '15000',
      '21000',
      '21000',
      '25000',
    ]);
  });

  it('discounts each year by (1 + r)^t', () => {
    const cost = lifeCycleCost({ ...base, discountRate: 0.05 });
    // 15,000 + 21,000/1.05 + 21,000/1.1025 + 25,000/1.157625 = 15,000 + 20,000 + 19,047.619… + 21,595.939…
    expect(toFixedHalfEven(cost.presentValue, 2)).toBe('75643.56');
    expect(toFixedHalfEven(cost.total, 2)).toBe('82000.00');
  });

  it('takes recurring costs per year', () => {
    const cost = lifeCycleCost({ ...base, recurringPerYear: [10_000, 20_000, '30000.50'] });
    expect(toFixedHalfEven(cost.total, 2)).toBe('82000.50');
  });

  it.each([
    [{ termYears: 0 }, /termYears/],
    [{ termYears: 2.5 }, /termYears/],
    [{ recurringPerYear: [1, 2] }, /one value per year/],
    [{ discountRate: -0.01 }, /negative/],
    [{ oneOff: Number.POSITIVE_INFINITY }, /finite/],
  ])('refuses %j', (change, message) => {
    expect(() => lifeCycleCost({ ...base, ...change })).toThrow(message);
  });
});
