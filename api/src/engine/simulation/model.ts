import type { EvaluationScheme, PriceFormula as PriceFormulaSchema } from '@tenderwise/schema';
import type { z } from 'zod';
import {
  add,
  div,
  fromDecimal,
  min,
  mul,
  ONE,
  sub,
  toNumber,
  ZERO,
  type Rational,
} from '../arithmetic/rational.ts';
import { effectiveWeights } from '../scheme/effective-weights.ts';
import { leafShare, type ScoredLeaf } from '../scoring/leaf-share.ts';
import { basisPointShare } from '../weights/basis-points.ts';
import { assessmentOf, scoredLeaves, type SimulatedBid } from './generate-bids.ts';

export type Formula = z.output<typeof PriceFormulaSchema>;

/** A node whose weight can be moved: it has siblings that can take up the difference. */
export interface PerturbableNode {
  id: string;
  /** Index in `scheme.award`, and that of its parent group (−1 for the top level). */
  index: number;
  parent: number;
  weightBp: number;
  /** The node's share of its sibling set. */
  share: Rational;
  /** Indexes (in `leaves`) of the scored leaves below or at the node, and of its siblings'. */
  own: number[];
  siblings: number[];
  /** Where the price leaf sits: under the node, under a sibling, or elsewhere. */
  price: 'own' | 'sibling' | 'none';
}

/** What a simulation needs of a scheme, computed once: leaves, exact and float weights, tree. */
export interface SimulationModel {
  scheme: EvaluationScheme;
  leaves: ScoredLeaf[];
  weights: Rational[];
  weightsFloat: Float64Array;
  /** The price leaf's share of the tree under a weighted sum; zero under the UfAB methods. */
  priceWeight: Rational;
  /** 100 points (weighted sum) or the performance maximum L (UfAB). */
  scale: number;
  perturbable: PerturbableNode[];
  /** For each scored leaf, the `scheme.award` indexes of itself and its ancestor groups. */
  leafAncestors: number[][];
  /** Exact and float shares of ordinal levels and attestation choices, by leaf. */
  tables: ({ exact: Rational[]; float: number[] } | undefined)[];
}

/** Expects a scheme `validateScheme` accepted. */
export function simulationModel(scheme: EvaluationScheme): SimulationModel {
  const leaves = scoredLeaves(scheme);
  const effective = effectiveWeights(scheme.award);
  const weights = leaves.map((leaf) => effective.get(leaf.id)!.weight);
  const priceLeaf = scheme.award.find((node) => node.kind === 'price');
  const priceWeight =
    scheme.method.kind === 'weightedSum' && priceLeaf ? effective.get(priceLeaf.id)!.weight : ZERO;
  const tables = leaves.map((leaf) => {
    if (leaf.kind === 'metric') return undefined;
    const choices =
      leaf.kind === 'ordinal'
        ? Array.from({ length: leaf.scale + 1 }, (_, level) => level)
        : [-1, ...leaf.rules.map((_, i) => i)];
    const exact = choices.map((value) =>
      leafShare(leaf, assessmentOf(scheme, leaf, value), scheme.submissionDeadline),
    );
    // Attestations are indexed by rule + 1, so "none" (−1) sits at 0.
    return { exact, float: exact.map((share) => toNumber(share, 15)) };
  });
  return {
    scheme,
    leaves,
    weights,
    weightsFloat: Float64Array.from(weights, (weight) => toNumber(weight, 15)),
    priceWeight,
    scale: scheme.method.kind === 'weightedSum' ? 100 : scheme.method.performanceMaxPoints,
    perturbable: perturbableNodes(scheme, leaves, priceLeaf?.id),
    leafAncestors: leaves.map((leaf) => {
      const indexes: number[] = [];
      for (let id: string | null = leaf.id; id !== null;) {
        const index = scheme.award.findIndex((node) => node.id === id);
        indexes.push(index);
        id = scheme.award[index]!.parentId;
      }
      return indexes;
    }),
    tables,
  };
}

function perturbableNodes(
  scheme: EvaluationScheme,
  leaves: readonly ScoredLeaf[],
  priceId: string | undefined,
): PerturbableNode[] {
  const byId = new Map(scheme.award.map((node) => [node.id, node]));
  const ancestors = (id: string): Set<string> => {
    const result = new Set<string>();
    for (let node = byId.get(id); node; node = node.parentId ? byId.get(node.parentId) : undefined)
      result.add(node.id);
    return result;
  };
  const priceAncestors = priceId ? ancestors(priceId) : new Set<string>();
  const priceCounts = scheme.method.kind === 'weightedSum';
  const indexOf = new Map(scheme.award.map((node, index) => [node.id, index]));
  // The scored leaves below each node (a leaf is below itself), in one pass over the leaves, so
  // the model of a wide tree costs leaves × depth rather than nodes × leaves × siblings.
  const below = new Map<string, number[]>();
  leaves.forEach((leaf, i) => {
    for (const id of ancestors(leaf.id)) {
      const indices = below.get(id);
      if (indices) indices.push(i);
      else below.set(id, [i]);
    }
  });
  const everyLeaf = leaves.map((_, i) => i);
  return scheme.award
    .filter((node) => node.weightBp > 0 && node.weightBp < 10_000)
    .map((node) => {
      const own = below.get(node.id) ?? [];
      const ownSet = new Set(own);
      // Each leaf's path passes exactly one child of its set's parent: the node or a sibling.
      const inSet = node.parentId === null ? everyLeaf : (below.get(node.parentId) ?? []);
      const priceInSet = node.parentId === null || priceAncestors.has(node.parentId);
      return {
        id: node.id,
        index: indexOf.get(node.id)!,
        parent: node.parentId === null ? -1 : indexOf.get(node.parentId)!,
        weightBp: node.weightBp,
        share: basisPointShare(node.weightBp),
        own,
        siblings: inSet.filter((i) => !ownSet.has(i)),
        price: !priceCounts
          ? 'none'
          : priceAncestors.has(node.id)
            ? 'own'
            : priceId !== undefined && priceInSet
              ? 'sibling'
              : 'none',
      } satisfies PerturbableNode;
    })
    .filter((node) => node.own.length > 0 || node.price === 'own');
}

/** A bid of one run with its shares; exact shares are computed only when a decision needs them. */
export interface RunBid {
  id: string;
  price: number;
  priceExact: Rational;
  /** Float share of each scored leaf. */
  shares: Float64Array;
  exact: () => Rational[];
}

export function runBid(model: SimulationModel, bid: SimulatedBid): RunBid {
  const shares = new Float64Array(model.leaves.length);
  model.leaves.forEach((leaf, i) => {
    const table = model.tables[i];
    const value = bid.values[i]!;
    shares[i] = table
      ? table.float[leaf.kind === 'attestation' ? value + 1 : value]!
      : metricShareFloat(leaf as Extract<ScoredLeaf, { kind: 'metric' }>, value);
  });
  let cached: Rational[] | undefined;
  return {
    id: bid.id,
    price: bid.price,
    priceExact: fromDecimal(bid.price),
    shares,
    exact: () =>
      (cached ??= model.leaves.map((leaf, i) => {
        const table = model.tables[i];
        const value = bid.values[i]!;
        if (table) return table.exact[leaf.kind === 'attestation' ? value + 1 : value]!;
        return leafShare(
          leaf,
          assessmentOf(model.scheme, leaf, value),
          model.scheme.submissionDeadline,
        );
      })),
  };
}

/** Whether a published minimum score excludes the bid (CJEU C-546/16), as in `exclusionsOf`. */
export function belowMinimum(model: SimulationModel, bid: SimulatedBid): boolean {
  return model.leaves.some(
    (leaf, i) =>
      leaf.kind === 'ordinal' &&
      leaf.minimumScore !== undefined &&
      bid.values[i]! < leaf.minimumScore,
  );
}

/** The float twin of the metric utilities in leaf-share.ts; decisions near a tie go exact. */
function metricShareFloat(leaf: Extract<ScoredLeaf, { kind: 'metric' }>, value: number): number {
  const utility = leaf.utility;
  switch (utility.kind) {
    case 'linear':
      return Math.min(1, Math.max(0, (value - utility.worst) / (utility.best - utility.worst)));
    case 'threshold': {
      const reached =
        utility.direction === 'benefit' ? value >= utility.threshold : value <= utility.threshold;
      return reached ? 1 : 0;
    }
    case 'steps': {
      let share = 0;
      let reachedFrom: number | undefined;
      const benefit = utility.direction === 'benefit';
      for (const step of utility.steps) {
        const reached = benefit ? value >= step.from : value <= step.from;
        const further =
          reachedFrom === undefined ||
          (benefit ? step.from > reachedFrom : step.from < reachedFrom);
        if (reached && further) {
          reachedFrom = step.from;
          share = step.share;
        }
      }
      return share;
    }
  }
}

/** The float twin of `priceShare` (price/formulas.ts), same cases in the same order. */
export function priceShareFloat(
  formula: Formula,
  price: number,
  lowest: number,
  highest: number,
): number {
  if (price <= lowest) return 1;
  switch (formula.kind) {
    case 'lowestPriceRatio':
      return lowest <= 0 ? 0 : lowest / price;
    case 'oneSidedLinear': {
      if (lowest <= 0) return 0;
      const zeroAt = formula.zeroAtMultiple * lowest;
      return Math.max(0, (zeroAt - price) / (zeroAt - lowest));
    }
    case 'twoSidedLinear':
      return (highest - price) / (highest - lowest);
  }
}

/**
 * The weights of one perturbation: the node's share times (1 ± x/100), its siblings rescaled so
 * the set still sums to one. Multipliers of the node's leaves (`own`) and its siblings' leaves.
 */
export function perturbation(
  node: PerturbableNode,
  percent: Rational,
  direction: 1 | -1,
): { own: Rational; siblings: Rational } {
  // A share pushed above the whole set is capped at it.
  const moved = min(ONE, mul(node.share, direction === 1 ? add(ONE, percent) : sub(ONE, percent)));
  return { own: div(moved, node.share), siblings: div(sub(ONE, moved), sub(ONE, node.share)) };
}
