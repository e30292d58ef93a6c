import type { EvaluateRequest, EvaluateResponse } from '@tenderwise/schema';
import { evaluationInputHash, schemeCommitment } from '../../engine/canonical/commitment.ts';
import { evaluate } from '../../engine/evaluation/evaluate.ts';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import { ValidationError } from '../../domain/errors.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';

/**
 * Evaluates bids under a scheme that is not stored: the same computation a tender's official
 * evaluation runs, with the commitment and input hash that let anyone check it was this input.
 */
export async function evaluateBids({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: EvaluateRequest;
}): Promise<EvaluateResponse> {
  await authorize(ctx, { operationId: 'evaluateBids' });
  return evaluationAnswer(input);
}

/**
 * The answer of `evaluateBids` once authorised: pure, so a worker computes it for large inputs
 * (ADR 0021) exactly as the request's own thread does for small ones.
 */
export function evaluationAnswer(input: EvaluateRequest): EvaluateResponse {
  const options = {
    referenceDate: input.referenceDate,
    drawOrder: input.drawOrder,
    estimate: input.estimate,
  };
  try {
    const result = evaluate(input.scheme, input.bids, options);
    return {
      ...result,
      schemeCommitment: schemeCommitment(input.scheme),
      inputHash: evaluationInputHash(input.scheme, input.bids, options),
    };
  } catch (error) {
    throw asValidationError(error);
  }
}

/** Engine input errors become validation errors naming every offending element. */
export function asValidationError(error: unknown): unknown {
  if (error instanceof EngineInputError) {
    return new ValidationError(
      'The scheme or the bids break a rule of evaluation',
      error.issues.map((issue) => ({ in: 'body', pointer: issue.pointer, detail: issue.message })),
    );
  }
  return error;
}
