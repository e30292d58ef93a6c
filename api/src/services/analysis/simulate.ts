import type { SimulateRequest, SimulateResponse } from '@tenderwise/schema';
import { EngineInputError } from '../../engine/scheme/issues.ts';
import { checkRobustnessInput } from '../../engine/simulation/robustness.ts';
import type { SimulateTaskInput, SimulateTaskResult } from '../../engine/simulation/task.ts';
import { authorize } from '../../security/access/authorize.ts';
import type { ServiceContext } from '../context.ts';
import { asValidationError } from './evaluate-bids.ts';
import { runAnalysisTask } from './run-analysis-task.ts';

/** How long a simulation may run on a worker before it is stopped. */
export const SIMULATION_TIME_LIMIT_MS = 15_000;

export const simulationNote =
  'Advisory: simulated bids for a draft scheme, before publication. Never applied to, or run ' +
  'against, the official result of a tender.';

/**
 * The robustness report of a draft scheme on simulated bids (price formula behaviour, weight
 * stability, flipping effect), and optionally an advisory TOPSIS ranking of given options. The
 * input is checked here, the work runs on the worker pool. Rejects with `ValidationError` for an
 * invalid or too large input; an `UnavailableError` when every worker is busy.
 */
export async function simulateRobustness({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: SimulateRequest;
}): Promise<SimulateResponse> {
  await authorize(ctx, { operationId: 'simulateRobustness' });
  const issues = checkRobustnessInput(input);
  input.topsis?.options.forEach((option, i) => {
    if (option.values.length !== input.topsis!.criteria.length)
      issues.push({
        pointer: `/topsis/options/${i}/values`,
        code: 'values-length',
        message: `Option "${option.id}" needs one value per criterion`,
      });
  });
  if (input.topsis && !input.topsis.criteria.some((criterion) => criterion.weight > 0))
    issues.push({
      pointer: '/topsis/criteria',
      code: 'weights',
      message: 'At least one criterion needs a weight above 0',
    });
  if (issues.length > 0) throw asValidationError(new EngineInputError(issues));

  const task: SimulateTaskInput = input;
  const result = await runAnalysisTask<SimulateTaskResult>('simulate', task, {
    timeoutMs: SIMULATION_TIME_LIMIT_MS,
    sizePointer: '/runs',
    lessOf: 'runs',
  });
  return { advisory: true, note: simulationNote, ...result };
}
