import { describe, expect, it } from 'vitest';
import { topsis } from './topsis.ts';

describe('topsis', () => {
  it('ranks a small example by the closeness computed by hand', () => {
    // Quality (benefit) and cost (cost), weighted 1 : 1 → 0.5 each.
    // Columns (3, 4, 0) and (4, 3, 0) both have norm 5, so v = 0.5 · x / 5:
    //   A (0.3, 0.4), B (0.4, 0.3), C (0, 0); ideal (0.4, 0), anti-ideal (0, 0.4).
    //   A: D⁺ = √(0.01 + 0.16) = √0.17 ≈ 0.412311, D⁻ = √(0.09 + 0) = 0.3 → 0.3 / 0.712311 ≈ 0.4212
    //   B: D⁺ = √(0 + 0.09) = 0.3, D⁻ = √(0.16 + 0.01) ≈ 0.412311 → 0.412311 / 0.712311 ≈ 0.5788
    //   C: D⁺ = √0.16 = 0.4, D⁻ = √0.16 = 0.4 → 0.5
    const result = topsis(
      [
        { id: 'quality', weight: 1, direction: 'benefit' },
        { id: 'cost', weight: 1, direction: 'cost' },
      ],
      [
        { id: 'A', values: [3, 4] },
        { id: 'B', values: [4, 3] },
        { id: 'C', values: [0, 0] },
      ],
    );
    expect(result.advisory).toBe(true);
    expect(result.note).toMatch(/never applied/);
    expect(result.ranking).toEqual([
      { id: 'B', rank: 1, closeness: 0.5788 },
      { id: 'C', rank: 2, closeness: 0.5 },
      { id: 'A', rank: 3, closeness: 0.4212 },
    ]);
  });

  it('gives equal options equal closeness and rank', () => {
    const result = topsis(
      [{ id: 'q', weight: 2, direction: 'benefit' }],
      [
        { id: 'x', values: [1] },
        { id: 'y', values: [1] },
      ],
    );
    expect(result.ranking).toEqual([
      { id: 'x', rank: 1, closeness: 0.5 },
      { id: 'y', rank: 1, closeness: 0.5 },
    ]);
  });

  it('refuses options without one value per criterion', () => {
    expect(() =>
      topsis([{ id: 'q', weight: 1, direction: 'cost' }], [{ id: 'x', values: [] }]),
    ).toThrow(RangeError);
  });
});
