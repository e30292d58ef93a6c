import type { EvaluationScheme } from '@tenderwise/schema';
import type { Transaction } from 'kysely';
import { findLatestSchemeVersion } from '../../db/repositories/options-review-scheme-versions.ts';
import type { DB } from '../../db/types.ts';
import { ConflictError } from '../../domain/errors.ts';
import { storedScheme } from '../views/options-reviews.ts';

/**
 * The latest scheme version, which weights are stated and adopted for: those of an older version
 * stay readable, but its tree may differ from the one the review now uses.
 */
export async function weightedScheme(
  trx: Transaction<DB>,
  reviewId: string,
  sent: number,
): Promise<EvaluationScheme> {
  const latest = await findLatestSchemeVersion(trx, reviewId);
  if (latest === undefined) throw new ConflictError('The review has no scheme to weigh yet.');
  if (latest.number !== sent) {
    throw new ConflictError(
      `Weights are given for the latest scheme version, ${latest.number}; you sent ${sent}. ` +
        'Reload the weighting and weigh again.',
    );
  }
  return storedScheme(latest);
}
