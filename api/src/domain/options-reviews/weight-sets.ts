import type {
  AhpConsistency,
  EvaluationScheme,
  GroupWeights,
  WeighedSiblingSet,
  WeightSetEntry,
} from '@tenderwise/schema';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import {
  analyseAhp,
  analyseGroupAhp,
  type AhpAnalysis,
} from '../../engine/weighting/ahp/analyse.ts';
import { directPointWeights } from '../../engine/weighting/direct-points.ts';
import { rankOrderCentroidWeights } from '../../engine/weighting/rank-order-centroid.ts';
import { swingWeights } from '../../engine/weighting/swing.ts';
import { toBasisPoints } from '../../engine/weights/basis-points.ts';
import { ValidationError, type FieldIssue } from '../errors.ts';
import {
  inTreeOrder,
  loneNodeWeights,
  weighableSetsOf,
  type SchemeSiblingSet,
} from './adopted-weights.ts';

/** One member's weight set, weighed: per sibling set and for every node. */
export interface WeighedSet {
  sets: WeighedSiblingSet[];
  weightsBp: Record<string, number>;
}

const keyOf = (parentId: string | null) => parentId ?? '';

/**
 * Weighs a member's entries by their methods with the engine: each sibling set of two or more
 * nodes stated once, with exactly its nodes. Inconsistent pairwise judgements are kept, with
 * their consistency ratio and the judgements to reconsider; breaking a method's rules is a
 * validation error pointing into `/sets`.
 */
export function weighEntries(
  scheme: EvaluationScheme,
  entries: readonly WeightSetEntry[],
): WeighedSet {
  const sets = new Map(weighableSetsOf(scheme).map((set) => [keyOf(set.parentId), set]));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const weighed: WeighedSiblingSet[] = [];
  entries.forEach((entry, index) => {
    const at = `/sets/${index}`;
    const set = sets.get(keyOf(entry.parentId));
    if (set === undefined) {
      issues.push({
        in: 'body',
        pointer: `${at}/parentId`,
        detail: 'The scheme has no sibling set of two or more nodes under this parent.',
      });
      return;
    }
    if (seen.has(keyOf(entry.parentId))) {
      issues.push({ in: 'body', pointer: `${at}/parentId`, detail: 'This set is stated twice.' });
      return;
    }
    seen.add(keyOf(entry.parentId));
    const stated = entry.items.map((item) => item.id);
    if (stated.length !== set.nodeIds.length || !set.nodeIds.every((id) => stated.includes(id))) {
      issues.push({
        in: 'body',
        pointer: `${at}/items`,
        detail: `The items must be exactly the set's nodes: ${set.nodeIds.join(', ')}.`,
      });
      return;
    }
    try {
      weighed.push(weighEntry(set, entry));
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      const part = entry.method === 'ahp' ? 'judgements' : 'items';
      for (const issue of error.issues) {
        issues.push({
          in: 'body',
          pointer: `${at}/${part}${issue.pointer}`,
          detail: issue.message,
        });
      }
    }
  });
  for (const set of sets.values()) {
    if (!seen.has(keyOf(set.parentId)) && issues.length === 0) {
      issues.push({
        in: 'body',
        pointer: '/sets',
        detail: `The set ${set.parentId === null ? 'of the top level' : `under "${set.parentId}"`} (${set.nodeIds.join(', ')}) needs weights.`,
      });
    }
  }
  if (issues.length > 0)
    throw new ValidationError('The weight set does not fit the scheme.', issues);
  return {
    sets: weighed,
    weightsBp: inTreeOrder(
      scheme,
      Object.assign(loneNodeWeights(scheme), ...weighed.map((item) => item.weightsBp)),
    ),
  };
}

function weighEntry(set: SchemeSiblingSet, entry: WeightSetEntry): WeighedSiblingSet {
  const ordered = (points: Map<string, number>) =>
    Object.fromEntries(set.nodeIds.map((id) => [id, points.get(id)!]));
  switch (entry.method) {
    case 'directPoints':
      return plain(entry, ordered(directPointWeights(entry.items).basisPoints));
    case 'rankOrderCentroid':
      return plain(entry, ordered(rankOrderCentroidWeights(entry.items).basisPoints));
    case 'swing':
      return plain(entry, ordered(swingWeights(entry.items).basisPoints));
    case 'ahp': {
      const analysis = analyseAhp(
        entry.items.map((item) => item.id),
        entry.judgements,
      );
      return {
        input: entry,
        weightsBp: ordered(analysis.basisPoints),
        consistency: consistencyOf(analysis),
      };
    }
  }
}

const plain = (input: WeightSetEntry, weightsBp: Record<string, number>): WeighedSiblingSet => ({
  input,
  weightsBp,
  consistency: null,
});

function consistencyOf(analysis: AhpAnalysis): AhpConsistency {
  return {
    consistencyRatio: analysis.consistencyRatio,
    acceptable: analysis.acceptable,
    randomIndexTable: analysis.randomIndexTable,
    inconsistentPairs: analysis.inconsistentPairs,
  };
}

/** A member's judgements of a set, rows and columns in the order of the set's nodes. */
function judgementsInOrder(
  nodeIds: readonly string[],
  entry: Extract<WeightSetEntry, { method: 'ahp' }>,
): number[][] {
  const at = new Map(entry.items.map((item, index) => [item.id, index]));
  return nodeIds.map((row) =>
    nodeIds.map((column) => entry.judgements[at.get(row)!]![at.get(column)!]!),
  );
}

/**
 * The group's weights from the members' stored entries, per weighable sibling set:
 * - `geometricMean`: the pairwise judgements of the members who compared that set, combined
 *   cell by cell by the geometric mean and analysed by the engine's AHP (Aczél & Saaty 1983);
 * - `mean`: the arithmetic mean of every member's basis points for the set, published again by
 *   the largest remainder method so the set sums to exactly 10,000.
 * A set nobody contributed to has no weights; the whole tree's weights only when none is missing.
 */
export function groupWeights(
  scheme: EvaluationScheme,
  members: readonly WeighedSet[],
): { geometricMean: GroupWeights; mean: GroupWeights } {
  const sets = weighableSetsOf(scheme);
  const entryOf = (member: WeighedSet, set: SchemeSiblingSet) =>
    member.sets.find((item) => keyOf(item.input.parentId) === keyOf(set.parentId));

  const geometric = sets.map((set) => {
    const judges = members.flatMap((member) => {
      const input = entryOf(member, set)?.input;
      return input?.method === 'ahp' ? [judgementsInOrder(set.nodeIds, input)] : [];
    });
    if (judges.length === 0) {
      return { parentId: set.parentId, members: 0, weightsBp: null, consistency: null };
    }
    const analysis = analyseGroupAhp(set.nodeIds, judges);
    return {
      parentId: set.parentId,
      members: judges.length,
      weightsBp: Object.fromEntries(analysis.basisPoints),
      consistency: consistencyOf(analysis),
    };
  });

  const mean = sets.map((set) => {
    const stated = members.flatMap((member) => {
      const weighed = entryOf(member, set);
      return weighed === undefined ? [] : [weighed.weightsBp];
    });
    if (stated.length === 0) {
      return { parentId: set.parentId, members: 0, weightsBp: null, consistency: null };
    }
    // Each member's set sums to 10,000, so the sums are the means times the number of members.
    const sums = set.nodeIds.map((id) => ({
      id,
      weight: stated.reduce((acc, weights) => acc + (weights[id] ?? 0), 0),
    }));
    return {
      parentId: set.parentId,
      members: stated.length,
      weightsBp: Object.fromEntries(toBasisPoints(sums)),
      consistency: null,
    };
  });

  return { geometricMean: whole(scheme, geometric), mean: whole(scheme, mean) };
}

function whole(scheme: EvaluationScheme, sets: GroupWeights['sets']): GroupWeights {
  const complete = sets.every((set) => set.weightsBp !== null);
  return {
    sets,
    weightsBp: complete
      ? inTreeOrder(
          scheme,
          Object.assign(loneNodeWeights(scheme), ...sets.map((set) => set.weightsBp)),
        )
      : null,
  };
}
