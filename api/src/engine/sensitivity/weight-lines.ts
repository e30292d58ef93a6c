import type { MatrixNode } from '../numeric/score-matrix.ts';

/**
 * Every leaf's effective weight as a line in one node's share t of its sibling set,
 * w_j(t) = intercept_j + slope_j · t, with the siblings rescaled proportionally so the set still
 * sums to one: the node's leaves get (parent's weight) · t · (shares below), a sibling s's leaves
 * (parent's weight) · s · (1 − t)/(1 − t₀) · (shares below), everyone else keeps their weight.
 * When the siblings' shares are all zero (t₀ = 1), they split 1 − t equally.
 */
export interface WeightLines {
  intercept: Float64Array;
  slope: Float64Array;
}

/** Per leaf column, the node indices from the leaf up to its top-level ancestor. */
export function leafPaths(nodes: readonly MatrixNode[], columns: number): number[][] {
  const paths: number[][] = Array.from({ length: columns }, () => []);
  nodes.forEach((node, index) => {
    if (node.column === -1) return;
    const path = paths[node.column]!;
    for (let at = index; at !== -1; at = nodes[at]!.parent) path.push(at);
  });
  return paths;
}

/** Fills `lines` for varying node `varied`; `paths` from `leafPaths`. */
export function weightLinesInto(
  nodes: readonly MatrixNode[],
  paths: readonly number[][],
  varied: number,
  lines: WeightLines,
): WeightLines {
  const node = nodes[varied]!;
  const parent = node.parent;
  const published = node.share;
  let parentWeight = 1;
  for (let at = parent; at !== -1; at = nodes[at]!.parent) parentWeight *= nodes[at]!.share;
  let siblings = 0;
  for (const other of nodes) if (other.parent === parent && other !== node) siblings++;

  for (let column = 0; column < paths.length; column++) {
    const path = paths[column]!;
    // The leaf's weight is the product of the shares on its path; split it at the sibling level.
    let below = 1;
    let level = -1;
    let full = 1;
    for (const at of path) {
      full *= nodes[at]!.share;
      if (level === -1 && nodes[at]!.parent === parent) level = at;
      else if (level === -1) below *= nodes[at]!.share;
    }
    if (level === -1) {
      lines.intercept[column] = full;
      lines.slope[column] = 0;
    } else if (level === varied) {
      lines.intercept[column] = 0;
      lines.slope[column] = parentWeight * below;
    } else {
      const scaled =
        published < 1
          ? (parentWeight * nodes[level]!.share * below) / (1 - published)
          : (parentWeight * below) / siblings;
      lines.intercept[column] = scaled;
      lines.slope[column] = -scaled;
    }
  }
  return lines;
}
