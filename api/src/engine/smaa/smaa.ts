import { rankOfficialInto, tieEnd } from '../numeric/official-order.ts';
import type { ScoreMatrix } from '../numeric/score-matrix.ts';
import { scoreInto } from '../numeric/weighted-sum.ts';
import { seededRandom } from '../random/prng.ts';
import { drawAroundPublished, drawFromSimplex } from './sample-weights.ts';

export type SmaaSampling =
  /** Weights uniform on the whole simplex: no preference information at all. */
  | { kind: 'simplex' }
  /** Each weight uniform within ±percent of its published value, renormalised. */
  | { kind: 'aroundPublished'; percent: number };

export interface SmaaOptions {
  samples: number;
  /** Same seed, same numbers. */
  seed: number;
  sampling: SmaaSampling;
}

export type SmaaMatrix = Pick<
  ScoreMatrix,
  'shares' | 'rowFactor' | 'weights' | 'priceColumn' | 'price' | 'corridor'
>;

export interface SmaaResult {
  samples: number;
  /** Bids × ranks, row-major: the share of samples in which bid i takes rank r + 1. */
  rankAcceptability: Float64Array;
  /** Bids × leaves, row-major: the mean weight vector of the samples a bid ranks first in;
   * zeros for a bid that never does. */
  centralWeights: Float64Array;
  /** Per bid, how many samples it ranked first in; a first place shared by k bids counts 1/k. */
  firstCount: Float64Array;
}

/**
 * SMAA-2 (Lahdelma & Salminen, Operations Research 49(3), 2001): rank acceptability indices and
 * central weights of the bids by Monte Carlo over weight vectors, scored and ranked as the
 * evaluation method ranks them (the extended method's corridor, then score, performance and
 * price). Bids still tied in a sample share the ranks they occupy together equally, so identical
 * bids get identical acceptabilities instead of the earlier row always winning.
 * Deterministic for a seed. The loop allocates nothing: every vector and counter is a
 * preallocated typed array.
 */
export function smaa(matrix: SmaaMatrix, options: SmaaOptions): SmaaResult {
  if (!Number.isInteger(options.samples) || options.samples < 1)
    throw new RangeError('SMAA needs at least one sample');
  const bids = matrix.rowFactor.length;
  const leaves = matrix.weights.length;
  const random = seededRandom(options.seed);
  const weights = new Float64Array(leaves);
  const scores = new Float64Array(bids);
  const performance = new Float64Array(bids);
  const inCorridor = new Uint8Array(bids);
  const order = new Int32Array(bids);
  const counts = new Float64Array(bids * bids);
  const firstCount = new Float64Array(bids);
  const central = new Float64Array(bids * leaves);
  const sampling = options.sampling;
  const fraction = sampling.kind === 'aroundPublished' ? sampling.percent / 100 : 0;

  for (let sample = 0; sample < options.samples; sample++) {
    if (sampling.kind === 'simplex') drawFromSimplex(random, weights);
    else drawAroundPublished(random, matrix.weights, fraction, weights);
    scoreInto(matrix, weights, scores, performance);
    rankOfficialInto(matrix, scores, performance, inCorridor, order);
    for (let start = 0; start < bids;) {
      const end = tieEnd(matrix, scores, performance, inCorridor, order, start);
      // k tied bids hold ranks start..end − 1 together: each takes 1/k of each of them.
      const part = 1 / (end - start);
      for (let at = start; at < end; at++) {
        const offset = order[at]! * bids;
        for (let rank = start; rank < end; rank++) counts[offset + rank]! += part;
        if (start === 0) {
          firstCount[order[at]!]! += part;
          const row = order[at]! * leaves;
          for (let leaf = 0; leaf < leaves; leaf++) central[row + leaf]! += part * weights[leaf]!;
        }
      }
      start = end;
    }
  }

  const rankAcceptability = new Float64Array(bids * bids);
  for (let bid = 0; bid < bids; bid++) {
    for (let rank = 0; rank < bids; rank++) {
      rankAcceptability[bid * bids + rank] = counts[bid * bids + rank]! / options.samples;
    }
    const first = firstCount[bid]!;
    for (let leaf = 0; leaf < leaves; leaf++) {
      central[bid * leaves + leaf] = first === 0 ? 0 : central[bid * leaves + leaf]! / first;
    }
  }
  return { samples: options.samples, rankAcceptability, centralWeights: central, firstCount };
}
