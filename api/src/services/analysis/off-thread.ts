import { EvaluateRequest, EvaluateResponse } from '@tenderwise/schema';
import type { z } from 'zod';
import type {
  OperationTaskInput,
  OperationTaskResult,
} from '../../runtime/workers/operation-task.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { evaluationAnswer } from './evaluate-bids.ts';
import { runAnalysisTask } from './run-analysis-task.ts';

/** How long a worker may take over one evaluation before it is stopped (422 naming the bids). */
export const EVALUATION_TIME_LIMIT_MS = 10_000;

/**
 * An operation whose large requests a worker answers whole (ADR 0021): it reads the body text,
 * validates it against `request`, computes `answer` and checks it against `response`, so the
 * request's own thread only moves text. `answer` must be the pure function the verb itself calls
 * after authorising, so both paths give the same answer; it may throw `ValidationError`.
 */
export interface OffThreadOperation {
  request: z.ZodType;
  response: z.ZodType;
  answer: (input: never) => unknown;
  timeoutMs: number;
  /** The field that sets the amount of work, named when the time limit is passed. */
  sizePointer: string;
  lessOf: string;
}

export const offThreadOperations = {
  evaluateBids: {
    request: EvaluateRequest,
    response: EvaluateResponse,
    answer: evaluationAnswer,
    timeoutMs: EVALUATION_TIME_LIMIT_MS,
    sizePointer: '/bids',
    lessOf: 'bids or criteria',
  },
} as const satisfies Record<string, OffThreadOperation>;

export type OffThreadOperationId = keyof typeof offThreadOperations;

export function isOffThreadOperation(operationId: string): operationId is OffThreadOperationId {
  return Object.hasOwn(offThreadOperations, operationId);
}

/**
 * Answers an operation's JSON request text on the analysis worker pool, after authorising the
 * caller as the verb would. Returns what the worker found (the answer's JSON text, or why there
 * is none) for the HTTP layer to send as its own path would; rejects as `runAnalysisTask` does
 * when the pool refuses or the time limit passes.
 */
export async function answerOffThread({
  ctx,
  operationId,
  text,
  strict,
}: {
  ctx: ServiceContext;
  operationId: OffThreadOperationId;
  text: string;
  /** Whether undeclared fields in the answer fail it (as `strictResponses` says). */
  strict: boolean;
}): Promise<OperationTaskResult> {
  await authorize(ctx, { operationId });
  const operation = offThreadOperations[operationId];
  const input: OperationTaskInput = { operationId, text, strict };
  return runAnalysisTask<OperationTaskResult>('operation', input, operation);
}
