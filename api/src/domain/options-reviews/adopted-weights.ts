import type { EvaluationScheme } from '@tenderwise/schema';
import { BASIS_POINTS_TOTAL } from '../../engine/weights/basis-points.ts';
import type { FieldIssue } from '../errors.ts';

/** Basis points by award node id. */
export type NodeWeightMap = Readonly<Record<string, number>>;

/** The children of one node (or the top level, parent null), in the scheme's order. */
export interface SchemeSiblingSet {
  parentId: string | null;
  nodeIds: string[];
  schemeWeightsBp: Record<string, number>;
}

/** Every sibling set of the award tree, in the order their first node appears. */
export function siblingSetsOf(scheme: EvaluationScheme): SchemeSiblingSet[] {
  const sets = new Map<string | null, SchemeSiblingSet>();
  for (const node of scheme.award) {
    const set = sets.get(node.parentId) ?? {
      parentId: node.parentId,
      nodeIds: [],
      schemeWeightsBp: {},
    };
    set.nodeIds.push(node.id);
    set.schemeWeightsBp[node.id] = node.weightBp;
    sets.set(node.parentId, set);
  }
  return [...sets.values()];
}

/** The sets someone can weigh: those of two nodes or more (a lone node weighs 10,000). */
export function weighableSetsOf(scheme: EvaluationScheme): SchemeSiblingSet[] {
  return siblingSetsOf(scheme).filter((set) => set.nodeIds.length > 1);
}

/** Lone nodes' 10,000 basis points, to complete weights given for the weighable sets. */
export function loneNodeWeights(scheme: EvaluationScheme): Record<string, number> {
  return Object.fromEntries(
    siblingSetsOf(scheme)
      .filter((set) => set.nodeIds.length === 1)
      .map((set) => [set.nodeIds[0]!, BASIS_POINTS_TOTAL]),
  );
}

/** Weights keyed in the order of the scheme's award nodes, whatever order they were built in. */
export function inTreeOrder(
  scheme: EvaluationScheme,
  weights: NodeWeightMap,
): Record<string, number> {
  return Object.fromEntries(
    scheme.award
      .filter((node) => weights[node.id] !== undefined)
      .map((node) => [node.id, weights[node.id]!]),
  );
}

/**
 * What is wrong with explicit weights for a scheme: a node without a weight, a weight for a node
 * the scheme does not have, or a sibling set that does not sum to exactly 10,000. Pointers are
 * under `pointer` (e.g. `/weightsBp`).
 */
export function weightsIssues(
  scheme: EvaluationScheme,
  weights: NodeWeightMap,
  pointer: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set(scheme.award.map((node) => node.id));
  for (const id of Object.keys(weights)) {
    if (!known.has(id)) {
      issues.push({
        in: 'body',
        pointer: `${pointer}/${id}`,
        detail: `The scheme has no award node "${id}".`,
      });
    }
  }
  for (const set of siblingSetsOf(scheme)) {
    const missing = set.nodeIds.filter((id) => weights[id] === undefined);
    for (const id of missing) {
      issues.push({ in: 'body', pointer: `${pointer}/${id}`, detail: `"${id}" needs a weight.` });
    }
    const total = set.nodeIds.reduce((acc, id) => acc + (weights[id] ?? 0), 0);
    if (missing.length === 0 && total !== BASIS_POINTS_TOTAL) {
      issues.push({
        in: 'body',
        pointer: `${pointer}/${set.nodeIds[0]!}`,
        detail:
          `The weights of ${set.parentId === null ? 'the top level' : `"${set.parentId}"`} ` +
          `(${set.nodeIds.join(', ')}) sum to ${total}, not ${BASIS_POINTS_TOTAL}.`,
      });
    }
  }
  return issues;
}

/**
 * The scheme with every award node's weight replaced by the adopted one, everything else as it
 * was, so a result can be evaluated on the weights the group adopted. `weights` must name every
 * award node, each sibling set summing to exactly 10,000 (as an adoption stores them).
 */
export function schemeWithAdoptedWeights(
  scheme: EvaluationScheme,
  weights: NodeWeightMap,
): EvaluationScheme {
  const issues = weightsIssues(scheme, weights, '');
  if (issues.length > 0) {
    throw new RangeError(`The weights do not fit the scheme: ${issues[0]!.detail}`);
  }
  return {
    ...scheme,
    award: scheme.award.map((node) => ({ ...node, weightBp: weights[node.id]! })),
  };
}
