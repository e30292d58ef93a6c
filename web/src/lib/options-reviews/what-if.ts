// The what-if ranking of an options review: other weights, the same scores. Once each leaf's share
// of its points is known (the results carry them, computed by the exact engine), an option's
// score is linear in the weights: rowFactor · Σ leaf weight · share, a leaf's weight being the
// product of the shares of its sibling sets on the way down. So the browser re-ranks with a dot
// product per option, by the published rule (corridor, score, performance, price), and never asks
// the server, and never changes the stored result.
import type { components } from '@tenderwise/schema/openapi-types';

export type WhatIfModel = NonNullable<components['schemas']['WhatIfModel']>;
type Results = components['schemas']['OptionsReviewResults'];

/** A node's weight within its sibling set, 0 or more; siblings are normalised to sum to one. */
export type SiblingWeights = Readonly<Record<string, number>>;

export interface WhatIfRank {
  optionId: string;
  /** 1 for the first; options tied on every figure share a rank. */
  rank: number;
  /** Points (weighted sum) or Z (UfAB); null where a price of zero or below leaves Z unbounded. */
  score: number | null;
}

/** The published shares of every node, as sibling weights: where the sliders start. */
export function publishedWeights(model: WhatIfModel): Record<string, number> {
  return Object.fromEntries(model.nodes.map((node) => [node.id, node.share]));
}

/**
 * Each leaf's weight of the whole tree under `weights`: per sibling set the weights normalised
 * to sum to one (a set whose weights are all zero weighs its members equally), multiplied down
 * the tree. Indexed by the model's columns.
 */
export function leafWeights(model: WhatIfModel, weights: SiblingWeights): Float64Array {
  const siblingTotal = new Map<string | null, number>();
  const siblingCount = new Map<string | null, number>();
  for (const node of model.nodes) {
    const weight = Math.max(0, weights[node.id] ?? node.share);
    siblingTotal.set(node.parentId, (siblingTotal.get(node.parentId) ?? 0) + weight);
    siblingCount.set(node.parentId, (siblingCount.get(node.parentId) ?? 0) + 1);
  }
  // Nodes come parents first, so a parent's effective weight is known before its children's.
  const effective = new Map<string, number>();
  const result = new Float64Array(model.criterionIds.length);
  for (const node of model.nodes) {
    const total = siblingTotal.get(node.parentId)!;
    const own = Math.max(0, weights[node.id] ?? node.share);
    const share = total > 0 ? own / total : 1 / siblingCount.get(node.parentId)!;
    const weight = share * (node.parentId === null ? 1 : effective.get(node.parentId)!);
    effective.set(node.id, weight);
    if (node.column >= 0) result[node.column] = weight;
  }
  return result;
}

/** Each sibling set of the award tree sums to exactly this many basis points. */
const BASIS_POINTS_TOTAL = 10_000;

/**
 * Slider positions as the weights the lead adopts: whole basis points per award node, each
 * sibling set summing to exactly 10,000, by the largest remainder method (Hare quota), as the
 * API publishes weights. Everyone gets the floor of their exact share; the points left over go to
 * the largest remainders, ties to the higher position, then to the id in code-point order, so the
 * result depends only on the positions. Positions are whole slider steps (0 or more; a missing
 * one is the published share's step); a set whose positions are all zero is weighed equally.
 * Integer arithmetic throughout, so nothing depends on floating point.
 */
export function basisPointsOf(
  model: WhatIfModel,
  positions: SiblingWeights,
): Record<string, number> {
  const sets = new Map<string | null, { id: string; weight: number }[]>();
  for (const node of model.nodes) {
    const given = positions[node.id];
    const step = Number.isFinite(given) ? given! : node.share * 100;
    const set = sets.get(node.parentId) ?? [];
    set.push({ id: node.id, weight: Math.max(0, Math.round(step)) });
    sets.set(node.parentId, set);
  }
  const result: Record<string, number> = {};
  for (const set of sets.values()) {
    const items = set.every((item) => item.weight === 0)
      ? set.map((item) => ({ ...item, weight: 1 }))
      : set;
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    const shares = items.map((item) => {
      const quota = item.weight * BASIS_POINTS_TOTAL;
      const floor = Math.floor(quota / total);
      return { ...item, floor, remainder: quota - floor * total };
    });
    let left = BASIS_POINTS_TOTAL - shares.reduce((sum, share) => sum + share.floor, 0);
    const byClaim = [...shares].sort(
      (a, b) =>
        b.remainder - a.remainder ||
        b.weight - a.weight ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const share of byClaim) {
      const extra = left > 0 ? 1 : 0;
      left -= extra;
      result[share.id] = share.floor + extra;
    }
  }
  return result;
}

/** −1 when a is higher, 1 when lower, 0 when equal but for the last bits. */
function higherFirst(a: number, b: number): number {
  if (a === b) return 0;
  if (Number.isFinite(a) && Number.isFinite(b)) {
    if (Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))) return 0;
  }
  return a > b ? -1 : 1;
}

/**
 * The options ranked under `weights` by the published rule: under the extended reference-value
 * method the corridor first, decided inside by its tie-break; then the higher score, the higher
 * performance, the lower price. Equal on every figure: the same rank, in the order of the
 * official ranking. Allocates per call only what 50 × 40 options and criteria need.
 */
export function rankWhatIf(model: WhatIfModel, weights: SiblingWeights): WhatIfRank[] {
  const leaves = leafWeights(model, weights);
  const count = model.optionIds.length;
  const scores = new Float64Array(count);
  const performance = new Float64Array(count);
  for (let row = 0; row < count; row++) {
    const shares = model.shares[row]!;
    let total = 0;
    for (let column = 0; column < leaves.length; column++)
      total += shares[column]! * leaves[column]!;
    const factor = model.rowFactor[row];
    scores[row] = factor === null || factor === undefined ? Infinity : factor * total;
    performance[row] =
      model.priceColumn === -1
        ? total
        : total - shares[model.priceColumn]! * leaves[model.priceColumn]!;
  }
  const inCorridor = new Uint8Array(count);
  const corridor = model.corridor;
  if (corridor) {
    const best = Math.max(...scores);
    const floor = best === Infinity ? Infinity : best * (1 - corridor.fraction);
    for (let row = 0; row < count; row++)
      inCorridor[row] = scores[row]! >= floor || higherFirst(scores[row]!, floor) === 0 ? 1 : 0;
  }
  const compare = (p: number, q: number): number => {
    if (corridor) {
      if (inCorridor[p] !== inCorridor[q]) return inCorridor[p] === 1 ? -1 : 1;
      if (inCorridor[p] === 1) {
        const decided =
          corridor.decidedBy === 'lowestPrice'
            ? higherFirst(model.price[q]!, model.price[p]!)
            : higherFirst(performance[p]!, performance[q]!);
        if (decided !== 0) return decided;
      }
    }
    return (
      higherFirst(scores[p]!, scores[q]!) ||
      higherFirst(performance[p]!, performance[q]!) ||
      higherFirst(model.price[q]!, model.price[p]!)
    );
  };
  const order = Array.from({ length: count }, (_, row) => row).sort(
    (p, q) => compare(p, q) || p - q,
  );
  const ranked: WhatIfRank[] = [];
  order.forEach((row, index) => {
    const previous = order[index - 1];
    const tied = previous !== undefined && compare(previous, row) === 0;
    ranked.push({
      optionId: model.optionIds[row]!,
      rank: tied ? ranked[index - 1]!.rank : index + 1,
      score: scores[row] === Infinity ? null : scores[row]!,
    });
  });
  return ranked;
}

export interface PairCriterion {
  criterionId: string;
  /** Points the first option earns more than the second on this criterion (negative: fewer). */
  difference: number;
}

/**
 * Why option `a` stands where it does against option `b`: the exact engine's points per
 * criterion of each, subtracted, largest advantage of `a` first. Differences are of the
 * published two-decimal points.
 */
export function comparePair(results: Results, a: string, b: string): PairCriterion[] | null {
  const ranking = results.evaluation.ranking;
  const first = ranking.find((bid) => bid.id === a);
  const second = ranking.find((bid) => bid.id === b);
  if (!first || !second || first.excluded || second.excluded) return null;
  const theirs = new Map(second.contributions.map((item) => [item.criterionId, item.points]));
  return first.contributions
    .map((item) => ({
      criterionId: item.criterionId,
      difference: Math.round((item.points - (theirs.get(item.criterionId) ?? 0)) * 100) / 100,
    }))
    .filter((item) => item.difference !== 0)
    .sort((x, y) => y.difference - x.difference || (x.criterionId < y.criterionId ? -1 : 1));
}
