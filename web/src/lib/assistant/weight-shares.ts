// The weights widget: people move a slider per criterion, without having to make them add up;
// the page shows each as its share of the sum, in percent, as they move. The numbers sent are
// the raw ones, so the form works the same without the page's script.

/** A slider's value as the form sends it: a whole or decimal number from 0 to 100. */
export function readWeight(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/**
 * Each weight's share of their sum, in percent with one decimal, adding up to exactly 100 (the
 * largest remainders get the last tenths). All zero has no shares: null.
 */
export function weightShares(weights: readonly number[]): number[] | null {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  if (weights.length === 0 || sum <= 0) return null;
  const tenths = weights.map((weight) => (weight * 1000) / sum);
  const floors = tenths.map(Math.floor);
  let missing = 1000 - floors.reduce((total, value) => total + value, 0);
  const byRemainder = tenths
    .map((value, index) => ({ index, remainder: value - floors[index]! }))
    .sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] = floors[index]! + 1;
    missing -= 1;
  }
  return floors.map((value) => value / 10);
}

/** A decimal string the API takes ("40", "12.5"), from a weight read off the form. */
export function decimalOfWeight(weight: number): string {
  return String(Math.round(weight * 100) / 100);
}
