import type { ScoreMatrix } from '../numeric/score-matrix.ts';
import { scoreInto } from '../numeric/weighted-sum.ts';
import { CorridorWalk, type BidLines, type Lines } from './corridor-lines.ts';
import { leafPaths, weightLinesInto, type WeightLines } from './weight-lines.ts';

export interface StabilityOptions {
  /**
   * The official top two within this many points (weighted sum) or of Z (UfAB): no clear
   * winner. Default 1.
   */
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
  /** The share interval, published share inside, within which the official winner stays first. */
  stableFrom: number;
  stableTo: number;
  /** For each pair of adjacent official ranks, where they swap (the nearest such share). */
  swaps: PairSwap[];
}

export interface Stability {
  /** The admitted bids in the exact engine's order, with floating-point scores at the published weights. */
  ranking: { bidId: string; score: number }[];
  noClearWinner: boolean;
  /** Every node that has siblings, in tree order; a node without siblings cannot be varied. */
  nodes: NodeStability[];
}

/**
 * Weight stability of the official ranking, solved exactly: with one node's share t varied and
 * its siblings rescaled proportionally, every leaf weight is a line in t, so every score is a
 * line in t (weighted sum; for UfAB Z = L/P with P fixed), and two bids change places where their
 * lines cross. The bids are analysed in the exact engine's order (the matrix's rows): its winner
 * is the one whose interval is reported, also where a near tie decided below the published
 * digits puts another bid ahead in floating point. Such a winner is ahead only by the tie-break
 * (performance, then price) at the published share, so it loses as soon as the other bid gains:
 * the bound on that side is the published share itself. Under the extended UfAB method the
 * corridor and its tie-break are followed along t (`CorridorWalk`).
 */
export function weightStability(matrix: ScoreMatrix, options: StabilityOptions = {}): Stability {
  const margin = options.margin ?? 1;
  const bids = matrix.bidIds.length;
  const columns = matrix.weights.length;
  const scores = scoreInto(matrix, matrix.weights, new Float64Array(bids));
  const paths = leafPaths(matrix.nodes, columns);
  const weightLines = { intercept: new Float64Array(columns), slope: new Float64Array(columns) };
  const lines: BidLines = {
    score: { intercept: new Float64Array(bids), slope: new Float64Array(bids) },
    performance: { intercept: new Float64Array(bids), slope: new Float64Array(bids) },
  };
  const corridor = matrix.corridor === null ? undefined : new CorridorWalk(matrix, lines);

  const result: NodeStability[] = [];
  matrix.nodes.forEach((node, index) => {
    const hasSiblings = matrix.nodes.some(
      (other, at) => at !== index && other.parent === node.parent,
    );
    if (!hasSiblings) return;
    weightLinesInto(matrix.nodes, paths, index, weightLines);
    bidLinesInto(matrix, weightLines, lines);
    const published = node.share;
    let from = 0;
    let to = 1;
    const swaps: PairSwap[] = [];
    if (corridor !== undefined) {
      corridor.refresh();
      if (bids > 1) {
        const { below, above } = corridor.winnerBounds(published);
        from = below ?? 0;
        to = above ?? 1;
      }
      for (let row = 0; row + 1 < bids; row++) {
        swaps.push(swapOf(matrix, row, corridor.swapAt(row, row + 1, published)));
      }
    } else {
      for (let row = 1; row < bids; row++) {
        const lost = leadLost(lines.score, 0, row, published);
        if (lost === undefined) continue;
        if (lost.direction === 'below') from = Math.max(from, lost.at);
        else to = Math.min(to, lost.at);
      }
      for (let row = 0; row + 1 < bids; row++) {
        const lost = leadLost(lines.score, row, row + 1, published);
        swaps.push(swapOf(matrix, row, lost?.at ?? null));
      }
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

  return {
    ranking: matrix.bidIds.map((bidId, row) => ({ bidId, score: scores[row]! })),
    noClearWinner: bids > 1 && Math.abs(scores[0]! - scores[1]!) <= margin,
    nodes: result,
  };
}

function swapOf(matrix: ScoreMatrix, row: number, atShare: number | null): PairSwap {
  return {
    above: matrix.bidIds[row]!,
    below: matrix.bidIds[row + 1]!,
    atShare: atShare === null || atShare < 0 || atShare > 1 ? null : atShare,
  };
}

/** Every bid's score and performance as lines in t, from the leaf weights' lines. */
function bidLinesInto(matrix: ScoreMatrix, weights: WeightLines, lines: BidLines): void {
  const columns = weights.intercept.length;
  const price = matrix.priceColumn;
  for (let row = 0; row < matrix.bidIds.length; row++) {
    let a = 0;
    let b = 0;
    const offset = row * columns;
    for (let column = 0; column < columns; column++) {
      const share = matrix.shares[offset + column]!;
      a += share * weights.intercept[column]!;
      b += share * weights.slope[column]!;
    }
    // Each bid's score: rowFactor · Σ share·(intercept + slope·t).
    const factor = matrix.rowFactor[row]!;
    lines.score.intercept[row] = factor === Infinity ? Infinity : factor * a;
    lines.score.slope[row] = factor === Infinity ? 0 : factor * b;
    const priceShare = price === -1 ? 0 : matrix.shares[offset + price]!;
    lines.performance.intercept[row] =
      a - priceShare * (price === -1 ? 0 : weights.intercept[price]!);
    lines.performance.slope[row] = b - priceShare * (price === -1 ? 0 : weights.slope[price]!);
  }
}

/**
 * Where bid p, ranked above q, loses its place to q as t moves away from t0, and on which side.
 * Ahead in the lines at t0: where the lines cross. Level or behind (a near tie the tie-break
 * decided for p): at t0 itself, on the side where q gains. Undefined when neither side ends it
 * (parallel lines, or an unbounded ratio).
 */
function leadLost(
  lines: Lines,
  p: number,
  q: number,
  t0: number,
): { at: number; direction: 'below' | 'above' } | undefined {
  const a = lines.intercept[p]! - lines.intercept[q]!;
  const b = lines.slope[p]! - lines.slope[q]!;
  if (!Number.isFinite(a) || b === 0) return undefined;
  // The lead a + b·t shrinks towards lower t when b > 0, towards higher t when b < 0.
  const direction = b > 0 ? 'below' : 'above';
  return { at: a + b * t0 > 0 ? -a / b : t0, direction };
}
