/**
 * The tasks a worker can run, by name: pure engine functions taking one structured-cloneable
 * input and returning a structured-cloneable result (plain data and typed arrays; no class
 * instances, functions or bigints in the result unless structured clone keeps them).
 *
 * To add a task, import the engine function and add one line below. `operation` answers whole
 * requests of the operations in `services/analysis/off-thread.ts` (ADR 0021). Keep the function pure: a
 * worker may be terminated at any moment (time limit), and it is reused for the next task.
 */
import { optionsReviewResultsTask } from '../../domain/options-reviews/results.ts';
import { simulateTask } from '../../engine/simulation/task.ts';
import { smaaTask } from '../../engine/smaa/task.ts';
import { operationTask } from './operation-task.ts';

export type Task = (input: never) => unknown;
export type TaskRegistry = Readonly<Record<string, Task>>;

export const tasks: TaskRegistry = {
  smaa: smaaTask,
  simulate: simulateTask,
  operation: operationTask,
  optionsReviewResults: optionsReviewResultsTask,
};
