import type { PairwiseMatrix } from './pairwise-matrix.ts';

export interface JudgementDeviation {
  /** The item judged more important (or the first of the pair, for a judgement of 1). */
  row: number;
  column: number;
  /** a_row,column: the judgement as it stands, at least 1. */
  given: number;
  /** w_row / w_column: the judgement the priorities imply. */
  implied: number;
  /** |ln(a_ij · w_j / w_i)|: how far, by ratio, the judgement is from the implied one. */
  deviation: number;
}

/**
 * Every judgement ranked by how far it departs from the ratio of the priorities it produced,
 * largest first: ε_ij = a_ij · w_j / w_i is 1 for a judgement the priorities reproduce, and the
 * judgement with the largest ε is the first to reconsider (Saaty 2003, "Decision-making with the
 * AHP: Why is the principal eigenvector necessary", EJOR 145, 85–91). The logarithm makes
 * overstating by a factor and understating by the same factor count alike (ε_ji = 1/ε_ij), so each
 * pair appears once, oriented so that the given judgement is at least 1. Ties keep matrix order.
 */
export function rankJudgementDeviations(
  matrix: PairwiseMatrix,
  priorities: Float64Array,
): JudgementDeviation[] {
  const n = matrix.size;
  const deviations: JudgementDeviation[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const upper = matrix.values[i * n + j]!;
      const [row, column] = upper >= 1 ? [i, j] : [j, i];
      const given = matrix.values[row * n + column]!;
      const implied = priorities[row]! / priorities[column]!;
      deviations.push({
        row,
        column,
        given,
        implied,
        deviation: Math.abs(Math.log(given / implied)),
      });
    }
  }
  return deviations.sort((a, b) => b.deviation - a.deviation);
}
