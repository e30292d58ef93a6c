import { add, div, rational, sum, ZERO, type Rational } from '../arithmetic/rational.ts';
import { EngineInputError, pointer } from '../scheme/issues.ts';
import { exactWeights, type ExactWeights } from './exact-shares.ts';
import { checkItems } from './input.ts';

export interface RankEntry {
  id: string;
  /** 1 is the most important; equal ranks are ties. Only the order of the ranks matters. */
  rank: number;
}

/**
 * Rank-order centroid weights: the centre of the set of all weight vectors that respect the
 * ranking. Items that share a rank share the positions they occupy together and get the mean of
 * those positions' weights, so the ranking is respected, tied items weigh the same and the
 * weights still sum to one ([1, 2, 2, 4] and [1, 2, 2, 3] both mean "one first, two tied second,
 * one last").
 */
export function rankOrderCentroidWeights(entries: readonly RankEntry[]): ExactWeights {
  const issues = checkItems(entries);
  entries.forEach((entry, index) => {
    if (!Number.isSafeInteger(entry.rank) || entry.rank < 1) {
      issues.push({
        pointer: pointer(index, 'rank'),
        code: 'rank-invalid',
        message: `The rank of "${entry.id}" must be a whole number of 1 or more`,
      });
    }
  });
  if (issues.length > 0) throw new EngineInputError(issues);

  const n = entries.length;
  const byPosition = rocByPosition(n);
  const ranks = [...new Set(entries.map((entry) => entry.rank))].sort((a, b) => a - b);
  const weightOfRank = new Map<number, Rational>();
  let position = 0;
  for (const rank of ranks) {
    const tied = entries.filter((entry) => entry.rank === rank).length;
    const shared = sum(byPosition.slice(position, position + tied));
    weightOfRank.set(rank, div(shared, rational(tied)));
    position += tied;
  }
  return exactWeights(
    entries.map((entry) => ({ id: entry.id, weight: weightOfRank.get(entry.rank) ?? ZERO })),
  );
}

/** w_k = (1/n) Σ_{j=k..n} 1/j for positions k = 1..n (Barron & Barrett 1996, Management Science 42(11)). */
export function rocByPosition(n: number): Rational[] {
  const weights: Rational[] = new Array<Rational>(n);
  let tail = ZERO;
  for (let k = n; k >= 1; k--) {
    tail = add(tail, rational(1, k));
    weights[k - 1] = div(tail, rational(n));
  }
  return weights;
}
