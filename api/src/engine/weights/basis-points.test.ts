import { describe, expect, it } from 'vitest';
import { toBasisPoints } from './basis-points.ts';

const asObject = (map: Map<string, number>) => Object.fromEntries(map);

describe('toBasisPoints', () => {
  it('converts percentages that already sum to 100', () => {
    const entered = [15, 10, 10, 15, 20, 15, 10, 5].map((weight, i) => ({
      id: `SOV-${i + 1}`,
      weight,
    }));
    expect([...toBasisPoints(entered).values()]).toEqual([
      1500, 1000, 1000, 1500, 2000, 1500, 1000, 500,
    ]);
  });

  it('gives the leftover point to the largest remainder', () => {
    // Exact shares 3333.33…, 3333.33…, 3333.33…: one point left, tie broken by id.
    expect(
      asObject(
        toBasisPoints([
          { id: 'b', weight: 1 },
          { id: 'a', weight: 1 },
          { id: 'c', weight: 1 },
        ]),
      ),
    ).toEqual({
      b: 3333,
      a: 3334,
      c: 3333,
    });
    // Shares 1428.57…, 2857.14…, 5714.28…: remainders .57, .14, .28; two points left.
    expect(
      asObject(
        toBasisPoints([
          { id: 'x', weight: 1 },
          { id: 'y', weight: 2 },
          { id: 'z', weight: 4 },
        ]),
      ),
    ).toEqual({
      x: 1429,
      y: 2857,
      z: 5714,
    });
  });

  it('breaks a tie of remainders in favour of the larger entered weight', () => {
    // Weights 1, 1, 4 give 1666.66…, 1666.66…, 6666.66…: two points left for three equal
    // remainders; c has the larger weight, then a comes before b.
    const result = toBasisPoints([
      { id: 'a', weight: 1 },
      { id: 'b', weight: 1 },
      { id: 'c', weight: 4 },
    ]);
    expect(asObject(result)).toEqual({ a: 1667, b: 1666, c: 6667 });
  });

  it('accepts decimal points and decimal strings', () => {
    expect(
      asObject(
        toBasisPoints([
          { id: 'a', weight: '0.3' },
          { id: 'b', weight: 0.7 },
        ]),
      ),
    ).toEqual({ a: 3000, b: 7000 });
  });

  it('gives zero to a zero weight', () => {
    expect(
      asObject(
        toBasisPoints([
          { id: 'a', weight: 0 },
          { id: 'b', weight: 3 },
        ]),
      ),
    ).toEqual({ a: 0, b: 10000 });
  });

  it.each([
    [[], /at least one weight/],
    [[{ id: 'a', weight: 0 }], /above zero/],
    [
      [
        { id: 'a', weight: -1 },
        { id: 'b', weight: 2 },
      ],
      /negative/,
    ],
    [
      [
        { id: 'a', weight: 1 },
        { id: 'a', weight: 2 },
      ],
      /unique/,
    ],
    [[{ id: 'a', weight: Number.NaN }], /finite/],
  ])('refuses %j', (entered, message) => {
    expect(() => toBasisPoints(entered)).toThrow(message);
  });
});
