import { describe, expect, it } from 'vitest';
import type { MatrixNode } from '../numeric/score-matrix.ts';
import { leafPaths, weightLinesInto } from './weight-lines.ts';

// Group g (0.6: x 0.25, y 0.75) and leaf z (0.4); leaf weights 0.15, 0.45, 0.4.
const nodes: MatrixNode[] = [
  { id: 'g', parent: -1, share: 0.6, column: -1 },
  { id: 'x', parent: 0, share: 0.25, column: 0 },
  { id: 'y', parent: 0, share: 0.75, column: 1 },
  { id: 'z', parent: -1, share: 0.4, column: 2 },
];
const paths = leafPaths(nodes, 3);
const at = (varied: number, t: number) => {
  const lines = weightLinesInto(nodes, paths, varied, {
    intercept: new Float64Array(3),
    slope: new Float64Array(3),
  });
  return Array.from(lines.intercept, (a, j) => a + lines.slope[j]! * t);
};

describe('weightLinesInto', () => {
  it('gives the published weights at the published share, for every node', () => {
    nodes.forEach((node, index) => {
      at(index, node.share).forEach((weight, j) =>
        expect(weight).toBeCloseTo([0.15, 0.45, 0.4][j]!, 12),
      );
    });
  });

  it('rescales the siblings proportionally and keeps the sum at one', () => {
    // x at 0.5 inside g: y gets 0.5; weights 0.3, 0.3, 0.4.
    expect(at(1, 0.5).map((w) => Math.round(w * 1e12) / 1e12)).toEqual([0.3, 0.3, 0.4]);
    // g at 0.8: x 0.2, y 0.6, z 0.2.
    expect(at(0, 0.8).map((w) => Math.round(w * 1e12) / 1e12)).toEqual([0.2, 0.6, 0.2]);
  });

  it('splits the rest equally among siblings that all have share zero', () => {
    const lone: MatrixNode[] = [
      { id: 'a', parent: -1, share: 1, column: 0 },
      { id: 'b', parent: -1, share: 0, column: 1 },
      { id: 'c', parent: -1, share: 0, column: 2 },
    ];
    const lines = weightLinesInto(lone, leafPaths(lone, 3), 0, {
      intercept: new Float64Array(3),
      slope: new Float64Array(3),
    });
    expect(Array.from(lines.intercept, (a, j) => a + lines.slope[j]! * 0.4)).toEqual([
      0.4, 0.3, 0.3,
    ]);
  });
});
