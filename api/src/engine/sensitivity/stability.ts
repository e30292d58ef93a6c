import type { ScoreMatrix } from '../numeric/score-matrix.ts';
import { rankInto, scoreInto } from '../numeric/weighted-sum.ts';
import { leafPaths, weightLinesInto } from './weight-lines.ts';

export interface StabilityOptions {
  /** Top two within this many points (weighted sum) or of Z (UfAB): no clear winner. Default 1. */
  margin?: number;
}

export interface PairSwap {
  above: string;
  below: string;
  /** The node's share of its sibling set at which the two change places; null: not in [0, 1]. */
  atShare: number | null;
}

export interface NodeStability {
  /** A criterion (leaf) or group of the award tree. */
  nodeId: string;
  kind: 'leaf' | 'group';
  /** Published share of its sibling set, 0–1. */
  share: number;
  /** The effective weight of its parent (one at the top level): share × this = its weight. */
  parentWeight: number;
  /** The share interval, published share inside, within which the first-ranked bid stays first. */
  stableFrom: number;
  stableTo: number;
  /** For each pair of adjacent ranks at the published weights, where they swap. */
  swaps: PairSwap[];
}

export interface Stability {
  /** Bids by score at the published weights (ties in the exact engine's order), with scores. */
  ranking: { bidId: string; score: number }[];
  noClearWinner: boolean;
  /** Every node that has siblings, in tree order; a node without siblings cannot be varied. */
  nodes: NodeStability[];
}

/**
 * Weight stability of the ranking, solved exactly: with one node's share t varied and its
 * siblings rescaled proportionally, every leaf weight is a line in t, so every score is a line in
 * t (weighted sum; for UfAB Z = L/P with P fixed), and two bids change places where their lines
 * cross. Floating point; the official ranking stays the exact engine's. Under the extended UfAB
 * method bids are ranked by Z alone: the corridor and its tie-break are not modelled.
 */
export function weightStability(matrix: ScoreMatrix, options: StabilityOptions = {}): Stability {
  const margin = options.margin ?? 1;
  const bids = matrix.bidIds.length;
  const columns = matrix.weights.length;
  const scores = scoreInto(matrix, matrix.weights, new Float64Array(bids));
  const order = rankInto(scores, new Int32Array(bids));
  const paths = leafPaths(matrix.nodes, columns);
  const lines = { intercept: new Float64Array(columns), slope: new Float64Array(columns) };
  const intercepts = new Float64Array(bids);
  const slopes = new Float64Array(bids);

  const result: NodeStability[] = [];
  matrix.nodes.forEach((node, index) => {
    const hasSiblings = matrix.nodes.some(
      (other, at) => at !== index && other.parent === node.parent,
    );
    if (!hasSiblings) return;
    weightLinesInto(matrix.nodes, paths, index, lines);
    // Each bid's score as a line: rowFactor · Σ share·(intercept + slope·t).
    for (let row = 0; row < bids; row++) {
      let a = 0;
      let b = 0;
      const offset = row * columns;
      for (let column = 0; column < columns; column++) {
        const share = matrix.shares[offset + column]!;
        a += share * lines.intercept[column]!;
        b += share * lines.slope[column]!;
      }
      const factor = matrix.rowFactor[row]!;
      intercepts[row] = factor === Infinity ? Infinity : factor * a;
      slopes[row] = factor === Infinity ? 0 : factor * b;
    }
    const published = node.share;
    let from = 0;
    let to = 1;
    const first = order[0];
    if (first !== undefined) {
      for (let row = 0; row < bids; row++) {
        if (row === first) continue;
        const cross = crossing(intercepts, slopes, first, row);
        if (cross === undefined) continue;
        // The lead a − b shrinks towards the crossing on one side only.
        if (slopes[first]! - slopes[row]! > 0) from = Math.max(from, cross);
        else to = Math.min(to, cross);
      }
    }
    const swaps: PairSwap[] = [];
    for (let rank = 0; rank + 1 < bids; rank++) {
      const above = order[rank]!;
      const below = order[rank + 1]!;
      const cross = crossing(intercepts, slopes, above, below);
      swaps.push({
        above: matrix.bidIds[above]!,
        below: matrix.bidIds[below]!,
        atShare: cross === undefined || cross < 0 || cross > 1 ? null : cross,
      });
    }
    let parentWeight = 1;
    for (let at = node.parent; at !== -1; at = matrix.nodes[at]!.parent)
      parentWeight *= matrix.nodes[at]!.share;
    result.push({
      nodeId: node.id,
      kind: node.column === -1 ? 'group' : 'leaf',
      share: published,
      parentWeight,
      // Rounding may put a crossing a hair on the wrong side of the published share.
      stableFrom: Math.min(from, published),
      stableTo: Math.max(to, published),
      swaps,
    });
  });

  const top = order[0];
  const second = order[1];
  return {
    ranking: Array.from(order, (row) => ({ bidId: matrix.bidIds[row]!, score: scores[row]! })),
    noClearWinner:
      top !== undefined && second !== undefined && scores[top]! - scores[second]! <= margin,
    nodes: result,
  };
}

/** Where the score lines of two bids cross; undefined when parallel or either is unbounded. */
function crossing(
  intercepts: Float64Array,
  slopes: Float64Array,
  p: number,
  q: number,
): number | undefined {
  const a = intercepts[p]! - intercepts[q]!;
  const b = slopes[p]! - slopes[q]!;
  if (!Number.isFinite(a) || b === 0) return undefined;
  return -a / b;
}
