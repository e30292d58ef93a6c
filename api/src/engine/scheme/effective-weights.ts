import type { AwardLeaf, AwardNode } from '@tenderwise/schema';
import { mul, ONE, type Rational } from '../arithmetic/rational.ts';
import { basisPointShare } from '../weights/basis-points.ts';

/**
 * Each leaf's exact share of the whole tree: the product of the basis-point shares from the top
 * level down to the leaf. Exact, so the leaves' weights sum to exactly one; rounding happens only
 * where a weight is published. Expects a validated tree.
 */
export function effectiveWeights(
  nodes: readonly AwardNode[],
): Map<string, { leaf: AwardLeaf; weight: Rational }> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const result = new Map<string, { leaf: AwardLeaf; weight: Rational }>();
  for (const node of nodes) {
    if (node.kind === 'group') continue;
    let weight = ONE;
    for (
      let current: AwardNode | undefined = node;
      current;
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    ) {
      weight = mul(weight, basisPointShare(current.weightBp));
    }
    result.set(node.id, { leaf: node, weight });
  }
  return result;
}
