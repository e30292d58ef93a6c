import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  parsePercent,
  percentInputValue,
  readSetWeights,
  roundedShares,
} from '../src/lib/options-reviews/weights.ts';

describe('weights in percent', () => {
  it('shows basis points as percentages in the user’s language', () => {
    expect(formatPercent(4000, 'de')).toBe('40\u00a0%');
    expect(formatPercent(3333, 'de')).toBe('33,33\u00a0%');
    expect(formatPercent(3333, 'en')).toBe('33.33%');
    expect(formatPercent(5, 'en')).toBe('0.05%');
  });

  it('fills weight fields exactly, with the language’s decimal mark', () => {
    expect(percentInputValue(4000, 'de')).toBe('40');
    expect(percentInputValue(3333, 'de')).toBe('33,33');
    expect(percentInputValue(1250, 'en')).toBe('12.5');
    expect(percentInputValue(5, 'en')).toBe('0.05');
    expect(percentInputValue(10_000, 'de')).toBe('100');
  });

  it('reads either decimal mark and a percent sign, and nothing above 100', () => {
    expect(parsePercent(' 12,5 % ')).toEqual({ units: 125n, scale: 1 });
    expect(parsePercent('33.333')).toEqual({ units: 33333n, scale: 3 });
    expect(parsePercent('100')).toEqual({ units: 100n, scale: 0 });
    for (const text of ['', 'abc', '-5', '100,01', '1.000,5', '1e2', '12,']) {
      expect(parsePercent(text), text).toBeNull();
    }
  });
});

describe('readSetWeights', () => {
  it('turns a set that adds up to 100 % into basis points that add up to 10,000', () => {
    expect(readSetWeights(['40', '35', '25'], 'de')).toEqual({
      ok: true,
      basisPoints: [4000, 3500, 2500],
    });
    expect(readSetWeights(['33,34', '33,33', '33,33'], 'de')).toEqual({
      ok: true,
      basisPoints: [3334, 3333, 3333],
    });
  });

  it('rounds weights finer than a basis point so the sum stays exact', () => {
    // 33.3334 + 33.3333 + 33.3333 = 100: 3333.34, 3333.33, 3333.33 basis points.
    const reading = readSetWeights(['33.3334', '33.3333', '33.3333'], 'en');
    expect(reading).toEqual({ ok: true, basisPoints: [3334, 3333, 3333] });
    // Equal remainders: the earlier weight takes the basis point left over.
    expect(readSetWeights(['12.505', '12.505', '74.99'], 'en')).toEqual({
      ok: true,
      basisPoints: [1251, 1250, 7499],
    });
  });

  it('refuses a set that does not add up to exactly 100 %, naming its sum', () => {
    expect(readSetWeights(['33,33', '33,33', '33,33'], 'de')).toEqual({
      ok: false,
      invalid: [],
      sum: '99,99',
    });
    expect(readSetWeights(['60', '50'], 'en')).toEqual({ ok: false, invalid: [], sum: '110' });
  });

  it('names the weights that are no percentage', () => {
    expect(readSetWeights(['40', 'vierzig', '120'], 'de')).toEqual({
      ok: false,
      invalid: [1, 2],
      sum: null,
    });
  });
});

describe('roundedShares', () => {
  it('keeps the shares of a whole tree at exactly 10,000', () => {
    // Three criteria of a third each under a group of a third, beside two groups of a third.
    const third = [3334n, 3333n, 3333n];
    const shares = [
      ...third.map((bp) => ({ numerator: 3334n * bp, depth: 2 })),
      { numerator: 3333n, depth: 1 },
      { numerator: 3333n, depth: 1 },
    ];
    const rounded = roundedShares(shares);
    expect(rounded.reduce((a, b) => a + b, 0)).toBe(10_000);
    // 3334 × 3334 / 10,000 = 1111.5556 → 1112; 3334 × 3333 / 10,000 = 1111.2222 → 1111.
    expect(rounded).toEqual([1112, 1111, 1111, 3333, 3333]);
  });

  it('rounds down what is no whole tree, adding nothing', () => {
    expect(roundedShares([{ numerator: 5000n * 3333n, depth: 2 }])).toEqual([1666]);
    expect(roundedShares([])).toEqual([]);
  });
});
