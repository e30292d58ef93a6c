/**
 * The optimal-string-alignment form of the Damerau-Levenshtein distance (insertions, deletions,
 * substitutions, swaps of neighbours), stopping early once it exceeds `limit`: a typo tolerance
 * needs only "within the limit or not".
 */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  if (a === b) return true;
  const width = b.length + 1;
  // Three rows of the table, reused from call to call: the parser runs on every turn.
  if (rows[0]!.length < width) rows = [0, 1, 2].map(() => new Int32Array(width * 2));
  let [beforePrevious, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return false;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length]! <= limit;
}

let rows = [0, 1, 2].map(() => new Int32Array(64));

/** The typos a word of this length may carry and still be meant: none below 5 letters, 1 from 5, 2 from 9. */
export function typoAllowance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
