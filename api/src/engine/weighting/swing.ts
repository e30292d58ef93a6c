import { compare, fromDecimal, rational } from '../arithmetic/rational.ts';
import { EngineInputError, pointer } from '../scheme/issues.ts';
import { exactWeights, type ExactWeights } from './exact-shares.ts';
import { checkItems, readDecimal } from './input.ts';

/** The points of the most important swing, against which every other swing is judged. */
export const TOP_SWING_POINTS = 100;

export interface SwingEntry {
  id: string;
  /**
   * How much the swing of this item from its worst to its best level is worth, with the most
   * important swing at 100; between 0 and 100.
   */
  points: number | string;
}

/**
 * Swing weights: the buyer first picks the swing from worst to best that matters most and gives
 * it 100 points, then rates every other swing against it; each weight is an item's points over
 * the sum of all points (von Winterfeldt & Edwards 1986, Decision Analysis and Behavioral
 * Research, ch. 8).
 */
export function swingWeights(entries: readonly SwingEntry[]): ExactWeights {
  const issues = checkItems(entries);
  const top = rational(TOP_SWING_POINTS);
  const weights = entries.map((entry, index) => {
    const weight = readDecimal(entry.points);
    if (weight === undefined || weight.n < 0n || compare(weight, top) > 0) {
      issues.push({
        pointer: pointer(index, 'points'),
        code: 'swing-out-of-range',
        message: `The swing of "${entry.id}" must be between 0 and ${TOP_SWING_POINTS} points`,
      });
    }
    return { id: entry.id, weight: weight ?? fromDecimal(0) };
  });
  if (issues.length === 0 && !weights.some((item) => compare(item.weight, top) === 0)) {
    issues.push({
      pointer: '',
      code: 'swing-no-top',
      message: `The most important swing must have ${TOP_SWING_POINTS} points`,
    });
  }
  if (issues.length > 0) throw new EngineInputError(issues);
  return exactWeights(weights);
}
