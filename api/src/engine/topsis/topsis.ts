/**
 * TOPSIS (Hwang & Yoon 1981, "Multiple Attribute Decision Making", ch. 3): an ADVISORY ranking
 * for options reviews only. It is never applied to the official result of a tender, whose
 * ranking is the published method's alone (see evaluation/evaluate.ts).
 */
export interface TopsisCriterion {
  id: string;
  /** Relative weight, 0 or above; normalised to sum to one. */
  weight: number;
  /** Benefit: more is better. Cost: less is better. */
  direction: 'benefit' | 'cost';
}

export interface TopsisOption {
  id: string;
  /** One value per criterion, in the criteria's order. */
  values: readonly number[];
}

export interface TopsisResult {
  advisory: true;
  note: string;
  ranking: { id: string; rank: number; closeness: number }[];
}

export const topsisNote =
  'Advisory TOPSIS ranking (Hwang & Yoon 1981) for an options review; it is not the result of ' +
  'any tender and is never applied to one.';

/**
 * Ranks options by their closeness to the ideal: vector normalisation per criterion, weighting,
 * Euclidean distances to the ideal and anti-ideal points, closeness D⁻ / (D⁺ + D⁻). An option
 * at both points at once (every option equal) gets closeness 0.5. Closeness rounded to 4 places;
 * equal closeness shares a rank.
 */
export function topsis(
  criteria: readonly TopsisCriterion[],
  options: readonly TopsisOption[],
): TopsisResult {
  const totalWeight = criteria.reduce((acc, criterion) => acc + criterion.weight, 0);
  if (criteria.length === 0 || !(totalWeight > 0))
    throw new RangeError('TOPSIS needs criteria with a positive total weight');
  for (const option of options)
    if (option.values.length !== criteria.length || !option.values.every(Number.isFinite))
      throw new RangeError(`Option "${option.id}" needs one finite value per criterion`);

  // Hwang & Yoon 1981: r_ij = x_ij / √(Σ_i x_ij²), v_ij = w_j · r_ij.
  const weighted = options.map((option) =>
    option.values.map((value, j) => {
      const norm = Math.hypot(...options.map((other) => other.values[j]!));
      return norm === 0 ? 0 : (criteria[j]!.weight / totalWeight) * (value / norm);
    }),
  );
  const column = (j: number) => weighted.map((row) => row[j]!);
  const ideal = criteria.map((criterion, j) =>
    criterion.direction === 'benefit' ? Math.max(...column(j)) : Math.min(...column(j)),
  );
  const antiIdeal = criteria.map((criterion, j) =>
    criterion.direction === 'benefit' ? Math.min(...column(j)) : Math.max(...column(j)),
  );
  const distance = (row: number[], point: number[]) =>
    Math.hypot(...row.map((value, j) => value - point[j]!));
  const closeness = weighted.map((row) => {
    const toIdeal = distance(row, ideal);
    const toAntiIdeal = distance(row, antiIdeal);
    // Hwang & Yoon 1981: C_i = D_i⁻ / (D_i⁺ + D_i⁻).
    return toIdeal + toAntiIdeal === 0 ? 0.5 : toAntiIdeal / (toIdeal + toAntiIdeal);
  });
  const rounded = closeness.map((value) => Number(value.toFixed(4)));
  const ranking = options
    .map((option, i) => ({ id: option.id, closeness: rounded[i]! }))
    .sort((a, b) => b.closeness - a.closeness || (a.id < b.id ? -1 : 1))
    .map((item) => ({
      ...item,
      rank: 1 + rounded.filter((value) => value > item.closeness).length,
    }));
  return {
    advisory: true,
    note: topsisNote,
    ranking: ranking.map(({ id, rank, closeness: value }) => ({ id, rank, closeness: value })),
  };
}
