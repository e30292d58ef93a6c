import type { WeightsResponse } from '@tenderwise/schema';
import { toFixedHalfEven } from '../../engine/arithmetic/rational.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import type { ExactWeights } from '../../engine/weighting/exact-shares.ts';
import { ValidationError } from '../../domain/errors.ts';

/** Decimals of the published shares, as for AHP priorities. */
export const WEIGHT_DECIMALS = 6;

/**
 * Runs an exact weighting method and publishes its result: each share to six decimals, half to
 * even, and the basis points. Engine issues name `/index/field` of the items; they become
 * validation errors at `/items/index/field`.
 */
export function publishedWeights(
  method: WeightsResponse['method'],
  weigh: () => ExactWeights,
): WeightsResponse {
  let result: ExactWeights;
  try {
    result = weigh();
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    throw new ValidationError(
      'The items break a rule of this weighting method',
      error.issues.map((issue) => ({
        in: 'body' as const,
        pointer: `/items${issue.pointer}`,
        detail: issue.message,
      })),
    );
  }
  return {
    method,
    weights: Object.fromEntries(
      [...result.shares].map(([id, share]) => [
        id,
        Number(toFixedHalfEven(share, WEIGHT_DECIMALS)),
      ]),
    ),
    weightsBp: Object.fromEntries(result.basisPoints),
  };
}
