/** Five-number summary and mean of a sample, two decimals. */
export interface Summary {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/**
 * Quartiles by linear interpolation between order statistics (Hyndman & Fan 1996, type 7, the
 * default of R and of spreadsheets' QUARTILE.INC). An empty sample gives zeros.
 */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { min: 0, q1: 0, median: 0, q3: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const low = Math.floor(h);
    const high = Math.min(low + 1, sorted.length - 1);
    return sorted[low]! + (h - low) * (sorted[high]! - sorted[low]!);
  };
  let total = 0;
  for (const value of sorted) total += value;
  const round = (value: number) => Number(value.toFixed(2));
  return {
    min: round(sorted[0]!),
    q1: round(at(0.25)),
    median: round(at(0.5)),
    q3: round(at(0.75)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(total / sorted.length),
  };
}
