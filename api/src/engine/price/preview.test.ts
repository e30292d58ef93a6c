import { describe, expect, it } from 'vitest';
import { previewPrices } from './preview.ts';

describe('previewPrices', () => {
  const base = {
    expectedPrices: [100_000, 150_000],
    from: 50_000,
    to: 200_000,
    steps: 3,
    maxPoints: 40,
  };

  it('scores each price of the range as if the bid joined the expected field', () => {
    const preview = previewPrices({
      ...base,
      formulas: [
        { kind: 'lowestPriceRatio' },
        { kind: 'twoSidedLinear' },
        { kind: 'oneSidedLinear', zeroAtMultiple: 2 },
      ],
    });
    expect(preview.prices).toEqual([50_000, 100_000, 150_000, 200_000]);
    // Ratio: 50,000 is the lowest itself (40); at 100,000 and up the lowest is 100,000.
    expect(preview.formulas[0]!.points).toEqual([40, 40, 26.67, 20]);
    // Two-sided: at 50,000 field 50,000–150,000 → 40; at 100,000 field 100,000–150,000 → 40;
    // at 150,000 → 0; at 200,000 field 100,000–200,000 → 0.
    expect(preview.formulas[1]!.points).toEqual([40, 40, 0, 0]);
    // One-sided, zero at 2·Pmin = 200,000 when Pmin = 100,000: 150,000 → 40·50/100 = 20.
    expect(preview.formulas[2]!.points).toEqual([40, 40, 20, 0]);
    expect(preview.ratios).toBeNull();
  });

  it('shows Z for the reference-value methods, with no value at a price of zero', () => {
    const preview = previewPrices({
      ...base,
      from: 0,
      to: 200_000,
      steps: 2,
      formulas: [],
      ratio: { performancePoints: 800, perCurrencyUnits: 1_000 },
    });
    expect(preview.ratios).toEqual([null, 8, 4]);
  });

  it.each([
    [{ steps: 0 }, /steps/],
    [{ steps: 201 }, /steps/],
    [{ from: 10, to: 5 }, /from/],
    [{ expectedPrices: [] }, /expectedPrices/],
    [{ formulas: [{ kind: 'oneSidedLinear', zeroAtMultiple: 0.5 }] }, /above 1/],
  ] as const)('refuses %j', (change, message) => {
    expect(() => previewPrices({ ...base, formulas: [], ...change })).toThrow(message);
  });
});
