import type { AwardNode } from '@tenderwise/schema';
import { toBasisPoints } from '../../../../../engine/weights/basis-points.ts';

/**
 * The award tree without the given nodes: a group left empty goes too, and every sibling set
 * that lost a member has its weights spread again over the others in proportion, so each set
 * still sums to 10,000 basis points (largest remainder method of the engine).
 */
export function removeAwardNodes(award: readonly AwardNode[], ids: readonly string[]): AwardNode[] {
  const gone = new Set(ids);
  const touched = new Set<string | null>(
    award.filter((node) => gone.has(node.id)).map((node) => node.parentId),
  );
  let kept = award.filter((node) => !gone.has(node.id));
  for (;;) {
    const empty = kept.filter(
      (node) => node.kind === 'group' && !kept.some((child) => child.parentId === node.id),
    );
    if (empty.length === 0) break;
    for (const group of empty) touched.add(group.parentId);
    kept = kept.filter((node) => !empty.includes(node));
  }
  for (const parentId of touched) kept = rescaleSiblings(kept, parentId);
  return kept;
}

/** The sibling set under `parentId` scaled to 10,000 basis points, in proportion. */
export function rescaleSiblings(award: AwardNode[], parentId: string | null): AwardNode[] {
  const siblings = award.filter((node) => node.parentId === parentId);
  if (siblings.length === 0) return award;
  const total = siblings.reduce((acc, node) => acc + node.weightBp, 0);
  const points = toBasisPoints(
    siblings.map((node) => ({ id: node.id, weight: total === 0 ? 1 : node.weightBp })),
  );
  return award.map((node) =>
    node.parentId === parentId && points.has(node.id)
      ? { ...node, weightBp: points.get(node.id)! }
      : node,
  );
}
