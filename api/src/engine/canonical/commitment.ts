import type { EvaluatedBid, EvaluationScheme } from '@tenderwise/schema';
import type { EvaluationOptions } from '../evaluation/evaluate.ts';
import { canonicalHash } from './canonical-json.ts';

/**
 * The commitment to a published scheme: the SHA-256 of its canonical form, taken over the scheme
 * as the API returns it (defaults filled in), so a vendor can recompute it from the published
 * document alone.
 */
export function schemeCommitment(scheme: EvaluationScheme): string {
  return canonicalHash(scheme);
}

/**
 * The hash of an evaluation's input. Bids are taken in id order, so the same bids in another order
 * give the same hash; absent options are left out rather than written as null.
 */
export function evaluationInputHash(
  scheme: EvaluationScheme,
  bids: readonly EvaluatedBid[],
  options: EvaluationOptions = {},
): string {
  return canonicalHash({
    scheme,
    bids: [...bids].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    options: JSON.parse(JSON.stringify(options)) as unknown,
  });
}
