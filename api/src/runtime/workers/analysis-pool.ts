import { currentAnalysisClient } from '../../security/rate-limit/analysis-client.ts';
import { createWorkerPool, type RunOptions, type WorkerPool } from './pool.ts';

// One pool per process, started on first use, so a server that runs no analysis starts no thread.
let shared: WorkerPool | undefined;
const started = new Map<string, number>();

/** How many tasks of this name the shared pool was given in this process (for tests and benches). */
export function analysisTasksStarted(task: string): number {
  return started.get(task) ?? 0;
}

/**
 * Runs a registered analysis task (see `./tasks.ts`) on the process's shared worker pool, queued
 * as the current analysis client's (`asAnalysisClient`) unless `options.client` names another.
 * Rejects with the errors of `./errors.ts`: too large, timed out, busy, closed, or failed.
 */
export function runAnalysis<T>(task: string, input: unknown, options: RunOptions = {}): Promise<T> {
  shared ??= createWorkerPool();
  started.set(task, analysisTasksStarted(task) + 1);
  return shared.run<T>(task, input, { client: currentAnalysisClient(), ...options });
}

/** Stops the shared pool (the server calls this on shutdown); a later run starts a new one. */
export async function closeAnalysisPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
