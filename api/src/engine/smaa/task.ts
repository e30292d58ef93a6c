import { smaa, type SmaaMatrix, type SmaaOptions, type SmaaResult } from './smaa.ts';

export interface SmaaTaskInput {
  matrix: SmaaMatrix;
  options: SmaaOptions;
}

/** SMAA as a worker task (registered as `smaa` in api/src/runtime/workers/tasks.ts). */
export function smaaTask(input: SmaaTaskInput): SmaaResult {
  return smaa(input.matrix, input.options);
}
