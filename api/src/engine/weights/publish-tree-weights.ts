import { toBasisPoints } from './basis-points.ts';

/** A node as published: its entered weight replaced by basis points (per member of a union). */
export type Published<T> = T extends unknown
  ? Omit<T, 'enteredWeight'> & { weightBp: number }
  : never;

/**
 * Turns the weights a buyer entered (points or percentages, any scale) into the published basis
 * points of each sibling set: every set, the top level and each group's children, sums to exactly
 * 10,000 by the largest remainder method. Nodes keep their order and every other field.
 */
export function publishTreeWeights<
  T extends { id: string; parentId: string | null; enteredWeight: number | string },
>(nodes: readonly T[]): Published<T>[] {
  const sets = new Map<string | null, T[]>();
  for (const node of nodes) sets.set(node.parentId, [...(sets.get(node.parentId) ?? []), node]);
  const published = new Map<string, number>();
  for (const siblings of sets.values()) {
    const points = toBasisPoints(
      siblings.map((node) => ({ id: node.id, weight: node.enteredWeight })),
    );
    for (const [id, weightBp] of points) published.set(id, weightBp);
  }
  return nodes.map(
    ({ enteredWeight: _entered, ...node }) =>
      ({ ...node, weightBp: published.get(node.id)! }) as unknown as Published<T>,
  );
}
