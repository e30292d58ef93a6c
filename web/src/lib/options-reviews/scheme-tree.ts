import type { components } from '@tenderwise/schema/openapi-types';
import { roundedShares } from './weights.ts';

// The award criteria of a scheme are stored flat, each node naming its parent group; pages show
// them as a tree and edit the weights of one sibling set at a time.

export type AwardNode = components['schemas']['AwardNode'];
export type EvaluationScheme = components['schemas']['EvaluationScheme'];

export interface AwardTreeNode {
  node: AwardNode;
  /** The node's position in the scheme's `award` list, which JSON pointers name. */
  index: number;
  children: AwardTreeNode[];
  /**
   * For a criterion: its share of the whole tree in basis points, the product of the weights on
   * its path, rounded so the criteria add up to exactly 10,000; null for a group.
   */
  overallBp: number | null;
}

/**
 * The award criteria as a tree, in the order the scheme lists them. A node whose parent is not
 * a group of the scheme is shown at the top level rather than hidden (the engine refuses such a
 * scheme, but a page must never lose a criterion); a cycle of parents is broken the same way.
 */
export function awardTree(nodes: readonly AwardNode[]): AwardTreeNode[] {
  const groups = new Set(nodes.filter((node) => node.kind === 'group').map((node) => node.id));
  const placed = new Set<number>();
  const childrenOf = (parentId: string | null, path: ReadonlySet<string>): AwardTreeNode[] =>
    nodes.flatMap((node, index) => {
      const parent = node.parentId !== null && groups.has(node.parentId) ? node.parentId : null;
      if (parent !== parentId || placed.has(index) || path.has(node.id)) return [];
      placed.add(index);
      const children =
        node.kind === 'group' ? childrenOf(node.id, new Set([...path, node.id])) : [];
      return [{ node, index, children, overallBp: null }];
    });
  const roots = childrenOf(null, new Set());
  // Whatever a cycle kept from the top level joins it.
  nodes.forEach((node, index) => {
    if (!placed.has(index)) {
      placed.add(index);
      roots.push({ node, index, children: [], overallBp: null });
    }
  });
  assignOverallShares(roots);
  return roots;
}

function assignOverallShares(roots: AwardTreeNode[]): void {
  const leaves: { entry: AwardTreeNode; numerator: bigint; depth: number }[] = [];
  const walk = (entries: AwardTreeNode[], numerator: bigint, depth: number) => {
    for (const entry of entries) {
      const share = numerator * BigInt(entry.node.weightBp);
      if (entry.node.kind === 'group') walk(entry.children, share, depth + 1);
      else leaves.push({ entry, numerator: share, depth: depth + 1 });
    }
  };
  walk(roots, 1n, 0);
  const rounded = roundedShares(leaves);
  leaves.forEach((leaf, index) => {
    leaf.entry.overallBp = rounded[index] ?? 0;
  });
}

/** The nodes of one sibling set (the top level for null), with their positions. */
export function siblingSet(
  nodes: readonly AwardNode[],
  parentId: string | null,
): { node: AwardNode; index: number }[] {
  return nodes.flatMap((node, index) => (node.parentId === parentId ? [{ node, index }] : []));
}

/** Whether the scheme has this sibling set: the top level, or a group of its tree. */
export function hasSiblingSet(nodes: readonly AwardNode[], parentId: string | null): boolean {
  return parentId === null || nodes.some((node) => node.id === parentId && node.kind === 'group');
}

/** The scheme with new weights for the nodes named, everything else as it was. */
export function withWeights(
  scheme: EvaluationScheme,
  weights: ReadonlyMap<string, number>,
): EvaluationScheme {
  return {
    ...scheme,
    award: scheme.award.map((node) => {
      const weightBp = weights.get(node.id);
      return weightBp === undefined ? node : { ...node, weightBp };
    }),
  };
}
