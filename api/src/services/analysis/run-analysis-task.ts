import { runAnalysis } from '../../runtime/workers/analysis-pool.ts';
import {
  PoolBusyError,
  PoolClosedError,
  TaskInputTooLargeError,
  TaskTimeoutError,
} from '../../runtime/workers/errors.ts';
import { UnavailableError, ValidationError } from '../../domain/errors.ts';

/**
 * Runs an analysis on the worker pool and says what the pool's refusals mean to a caller: an
 * input too large or a run past its time limit is a request to ask for less (422, naming the
 * field that sets the amount of work); busy workers or a stopping server are worth a retry (503).
 */
export async function runAnalysisTask<T>(
  task: string,
  input: unknown,
  limits: { timeoutMs: number; sizePointer: string; lessOf: string },
): Promise<T> {
  try {
    return await runAnalysis<T>(task, input, { timeoutMs: limits.timeoutMs });
  } catch (error) {
    if (error instanceof TaskInputTooLargeError) throw tooLarge(error.message, limits.sizePointer);
    if (error instanceof TaskTimeoutError) {
      throw tooLarge(
        `it ran longer than ${limits.timeoutMs} ms; ask for fewer ${limits.lessOf}`,
        limits.sizePointer,
      );
    }
    if (error instanceof PoolBusyError) {
      throw new UnavailableError(
        'Every analysis worker you may use is busy with your earlier analyses; retry after the time given.',
        error.retryAfterMs / 1000,
      );
    }
    if (error instanceof PoolClosedError) {
      throw new UnavailableError('The server is stopping; try again shortly.');
    }
    throw error;
  }
}

export function tooLarge(reason: string, pointer: string): ValidationError {
  const detail = `The analysis is too large: ${reason}`;
  return new ValidationError(detail, [{ in: 'body', pointer, detail }]);
}
