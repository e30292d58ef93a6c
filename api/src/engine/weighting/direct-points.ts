import { fromDecimal } from '../arithmetic/rational.ts';
import { EngineInputError, pointer } from '../scheme/issues.ts';
import { exactWeights, type ExactWeights } from './exact-shares.ts';
import { checkItems, readDecimal } from './input.ts';

export interface PointsEntry {
  id: string;
  /** Points or a percentage as the buyer entered them; only the proportions matter. */
  points: number | string;
}

/**
 * Direct weighting: the buyer distributes points over the items and each weight is the item's
 * share of all points (direct rating, as in the Cloud Sovereignty Framework's 15/10/10/… split).
 */
export function directPointWeights(entries: readonly PointsEntry[]): ExactWeights {
  const issues = checkItems(entries);
  const weights = entries.map((entry, index) => {
    const weight = readDecimal(entry.points);
    if (weight === undefined || weight.n < 0n) {
      issues.push({
        pointer: pointer(index, 'points'),
        code: 'points-invalid',
        message: `The points of "${entry.id}" must be a finite number of zero or more`,
      });
    }
    return { id: entry.id, weight: weight ?? fromDecimal(0) };
  });
  if (issues.length === 0 && weights.every((item) => item.weight.n === 0n)) {
    issues.push({
      pointer: '',
      code: 'points-all-zero',
      message: 'At least one item needs more than zero points',
    });
  }
  if (issues.length > 0) throw new EngineInputError(issues);
  return exactWeights(weights);
}
