import { describe, expect, it } from 'vitest';
import { geometricMeanMatrix } from './group.ts';
import { toPairwiseMatrix } from './pairwise-matrix.ts';

describe('geometricMeanMatrix', () => {
  it('takes the geometric mean of each cell and keeps the result reciprocal', () => {
    const group = geometricMeanMatrix([
      toPairwiseMatrix([
        [1, 2],
        [1 / 2, 1],
      ]),
      toPairwiseMatrix([
        [1, 8],
        [1 / 8, 1],
      ]),
      toPairwiseMatrix([
        [1, 1 / 4],
        [4, 1],
      ]),
    ]);
    // ∛(2 · 8 · ¼) = ∛4.
    expect(group.values[1]).toBeCloseTo(Math.cbrt(4), 14);
    expect(group.values[2]! * group.values[1]!).toBeCloseTo(1, 15);
    expect([group.values[0], group.values[3]]).toEqual([1, 1]);
  });

  it('refuses judges of different sizes', () => {
    const two = toPairwiseMatrix([
      [1, 2],
      [1 / 2, 1],
    ]);
    const three = toPairwiseMatrix([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(() => geometricMeanMatrix([two, three])).toThrow(/same items/);
    expect(() => geometricMeanMatrix([])).toThrow(/at least one judge/);
  });
});
