// Tasks for the worker pool's tests: CPU-bound, never-ending and failing work.
import type { TaskRegistry } from '../../../src/runtime/workers/tasks.ts';

/** Spins for `ms` milliseconds of wall-clock time, then returns how many loops it made. */
function spin(input: { ms: number }): number {
  const until = Date.now() + input.ms;
  let loops = 0;
  while (Date.now() < until) loops++;
  return loops;
}

function forever(): never {
  for (;;) {
    // Never returns: only the time limit ends it.
  }
}

function fail(input: { message: string }): never {
  throw new RangeError(input.message);
}

function sum(input: { values: Float64Array }): { total: number; threadIsMain: boolean } {
  let total = 0;
  for (const value of input.values) total += value;
  return { total, threadIsMain: false };
}

/**
 * Blocks until the test releases it: waits until `gate[index]` is no longer 0 (the gate is a
 * shared Int32Array, so the main thread can set and notify it). Lets tests hold a worker busy
 * for exactly as long as they need, whatever the machine's speed.
 */
function hold(input: { gate: Int32Array; index: number }): number {
  Atomics.wait(input.gate, input.index, 0);
  return input.index;
}

export const tasks: TaskRegistry = { spin, forever, fail, sum, hold };
