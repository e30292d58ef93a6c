import type { SensitivityRequest, SensitivityResponse } from '@tenderwise/schema';
import { scoreMatrixOf, type ScoreMatrix } from '../../engine/numeric/score-matrix.ts';
import { weightStability } from '../../engine/sensitivity/stability.ts';
import type { SmaaResult } from '../../engine/smaa/smaa.ts';
import type { SmaaTaskInput } from '../../engine/smaa/task.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { asValidationError } from './evaluate-bids.ts';
import { runAnalysisTask, tooLarge } from './run-analysis-task.ts';

/** SMAA's work (samples × bids × criteria) above which a request is refused as too large. */
export const SMAA_MAX_WORK = 50_000_000;
/** How long SMAA may run on a worker before it is stopped. */
export const SMAA_TIME_LIMIT_MS = 5_000;

const round = (value: number, digits = 6) => {
  const factor = 10 ** digits;
  // Adding 0 turns a negative zero into zero, so JSON shows 0.
  return Math.round(value * factor) / factor + 0;
};

/**
 * How robust the official ranking is to its weights, for a scheme that is not stored: per
 * criterion and group the weight interval keeping the evaluation's winner first and where its
 * adjacent ranks swap (exact lines, no sampling), a no-clear-winner flag, and optionally SMAA-2
 * on the worker pool. Floating point, ranked by the evaluation's rule. Rejects with
 * `ValidationError` for an invalid or too large input; an `UnavailableError` when every worker
 * is busy.
 */
export async function analyseSensitivity({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SensitivityRequest;
}): Promise<SensitivityResponse> {
  await authorize(ctx, { operationId: 'analyseSensitivity' });
  let matrix: ScoreMatrix;
  try {
    matrix = scoreMatrixOf(input.scheme, input.bids, input.referenceDate);
  } catch (error) {
    throw asValidationError(error);
  }
  const stability = weightStability(matrix, { margin: input.margin });
  const admitted = new Set(matrix.bidIds);
  return {
    method: matrix.method,
    excluded: input.bids
      .map((bid) => bid.id)
      .filter((id) => !admitted.has(id))
      .sort(),
    ranking: stability.ranking.map(({ bidId, score }) => ({
      bidId,
      score: score === Infinity ? null : round(score),
    })),
    noClearWinner: stability.noClearWinner,
    margin: input.margin,
    criteria: stability.nodes.map((node) => ({
      nodeId: node.nodeId,
      kind: node.kind,
      share: round(node.share),
      parentWeight: round(node.parentWeight),
      stable: { from: round(node.stableFrom), to: round(node.stableTo) },
      swaps: node.swaps.map(({ above, below, atShare }) => ({
        above,
        below,
        atShare: atShare === null ? null : round(atShare),
      })),
    })),
    smaa: input.smaa && matrix.bidIds.length > 0 ? await runSmaa(matrix, input.smaa) : null,
  };
}

async function runSmaa(
  matrix: ScoreMatrix,
  options: NonNullable<SensitivityRequest['smaa']>,
): Promise<NonNullable<SensitivityResponse['smaa']>> {
  const bids = matrix.bidIds.length;
  const leaves = matrix.criterionIds.length;
  if (options.samples * bids * leaves > SMAA_MAX_WORK) {
    throw tooLarge(
      `${options.samples} samples × ${bids} bids × ${leaves} criteria is more than ${SMAA_MAX_WORK}`,
      '/smaa/samples',
    );
  }
  const task: SmaaTaskInput = {
    matrix: {
      shares: matrix.shares,
      rowFactor: matrix.rowFactor,
      weights: matrix.weights,
      priceColumn: matrix.priceColumn,
      price: matrix.price,
      corridor: matrix.corridor,
    },
    options,
  };
  const result = await runAnalysisTask<SmaaResult>('smaa', task, {
    timeoutMs: SMAA_TIME_LIMIT_MS,
    sizePointer: '/smaa/samples',
    lessOf: 'samples',
  });
  return {
    samples: options.samples,
    seed: options.seed,
    sampling: options.sampling,
    acceptability: matrix.bidIds.map((bidId, bid) => ({
      bidId,
      ranks: Array.from(result.rankAcceptability.subarray(bid * bids, (bid + 1) * bids), (share) =>
        round(share),
      ),
    })),
    centralWeights: matrix.bidIds.map((bidId, bid) => ({
      bidId,
      weights:
        result.firstCount[bid] === 0
          ? null
          : matrix.criterionIds.map((criterionId, leaf) => ({
              criterionId,
              weight: round(result.centralWeights[bid * leaves + leaf]!),
            })),
    })),
  };
}
