/**
 * A small pool of worker threads for CPU-heavy analyses (SMAA, simulations), so they never block
 * the event loop that serves requests.
 *
 * Usage — most callers want the shared pool in `./analysis-pool.ts`:
 *
 *   import { runAnalysis } from '../../../workers/analysis-pool.ts';
 *   const result = await runAnalysis<SmaaResult>('smaa', input, { timeoutMs: 5_000 });
 *
 * - Tasks are addressed by name. A worker imports the task registry (`./tasks.ts` by default,
 *   `tasksModule` to use another) and runs `tasks[name](input)`. To add a task, add one line to
 *   `./tasks.ts`; the function must be pure and take and return structured-cloneable data.
 * - `input` is structured-cloned to the worker (typed arrays are copied, not transferred). Inputs
 *   estimated above `maxInputBytes` are refused before dispatch with `TaskInputTooLargeError`.
 *   Callers should also bound the *work* (samples × bids × criteria) themselves.
 * - Each task has a time limit (`timeoutMs`, default `defaultTimeoutMs`), counted from dispatch
 *   to a worker. Past it the worker is terminated and replaced, and the task rejects with
 *   `TaskTimeoutError`; the pool keeps working.
 * - At most `size` tasks run at once; up to `maxQueue` more wait in order. Beyond that a task is
 *   refused at once with `PoolBusyError`.
 * - A task that throws rejects with `TaskFailedError` carrying the original name and message (a
 *   worker that dies does the same, and is replaced).
 * - `close()` rejects waiting and running tasks with `PoolClosedError` and terminates the
 *   workers; later `run` calls reject with `PoolClosedError`.
 * - Workers start on first use and do not keep the process alive while idle.
 *
 * Errors are in `./errors.ts`; they are not domain errors, so the calling service maps them
 * (e.g. too large or too slow → `ValidationError`, busy or closed → 503).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  PoolBusyError,
  PoolClosedError,
  TaskFailedError,
  TaskInputTooLargeError,
  TaskTimeoutError,
  type WorkerPoolError,
} from './errors.ts';
import { exceedsBytes } from './input-size.ts';
import type { TaskReply, TaskRequest } from './protocol.ts';

export interface WorkerPoolOptions {
  /** Worker threads; default min(2, available parallelism − 1), at least 1. */
  size?: number;
  /** Tasks that may wait for a free worker; default 16. */
  maxQueue?: number;
  /** Largest input accepted, estimated in bytes; default 4 MiB. */
  maxInputBytes?: number;
  /** Time limit of a task that names none; default 10 s. */
  defaultTimeoutMs?: number;
  /** The module whose `tasks` export is the registry; default `./tasks.ts`. */
  tasksModule?: URL;
}

export interface RunOptions {
  /** Time limit from dispatch to a worker, in milliseconds. */
  timeoutMs?: number;
}

export interface WorkerPool {
  /** Runs the named task on a worker and resolves with its result. */
  run<T>(task: string, input: unknown, options?: RunOptions): Promise<T>;
  /** Rejects everything pending, terminates the workers. Idempotent. */
  close(): Promise<void>;
  readonly size: number;
}

interface Job {
  request: TaskRequest;
  timeoutMs: number;
  resolve: (value: unknown) => void;
  reject: (error: WorkerPoolError) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const maxQueue = options.maxQueue ?? 16;
  const maxInputBytes = options.maxInputBytes ?? 4 * 1024 * 1024;
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 10_000;
  const tasksModule = (options.tasksModule ?? new URL('./tasks.ts', import.meta.url)).href;

  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), {
      workerData: { tasksModule },
    });
    worker.unref();
    const slot: Slot = { worker, job: undefined, timer: undefined };
    worker.on('message', (reply: TaskReply) => {
      const job = slot.job;
      if (!job || job.request.id !== reply.id) return;
      finish(slot);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new TaskFailedError(reply.message, reply.name));
      pump();
    });
    worker.on('error', (error) => retire(slot, new TaskFailedError(error.message, error.name)));
    worker.on('exit', (code) =>
      retire(slot, new TaskFailedError(`The worker stopped (exit code ${code})`, 'WorkerExit')),
    );
    slots.push(slot);
    return slot;
  };

  const finish = (slot: Slot) => {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    slot.worker.unref();
  };

  // Takes a worker out of the pool, failing its task; the next dispatch spawns a replacement.
  const retire = (slot: Slot, error: WorkerPoolError) => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    const job = slot.job;
    finish(slot);
    void slot.worker.terminate();
    job?.reject(error);
    pump();
  };

  const pump = () => {
    while (!closed && queue.length > 0) {
      const slot =
        slots.find((candidate) => !candidate.job) ?? (slots.length < size ? spawn() : undefined);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(
        () =>
          retire(
            slot,
            new TaskTimeoutError(
              `The analysis "${job.request.task}" took longer than ${job.timeoutMs} ms and was stopped`,
            ),
          ),
        job.timeoutMs,
      );
      slot.worker.postMessage(job.request);
    }
  };

  return {
    size,
    run<T>(task: string, input: unknown, runOptions: RunOptions = {}): Promise<T> {
      if (closed) return Promise.reject(new PoolClosedError('The worker pool is closed'));
      if (exceedsBytes(input, maxInputBytes)) {
        return Promise.reject(
          new TaskInputTooLargeError(
            `The input of "${task}" is larger than ${maxInputBytes} bytes`,
          ),
        );
      }
      const busy = slots.filter((slot) => slot.job).length;
      if (busy >= size && queue.length >= maxQueue) {
        return Promise.reject(
          new PoolBusyError('Every analysis worker is busy; try again in a moment'),
        );
      }
      return new Promise<T>((resolve, reject) => {
        queue.push({
          request: { id: nextId++, task, input },
          timeoutMs: runOptions.timeoutMs ?? defaultTimeoutMs,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const error = new PoolClosedError('The worker pool was closed');
      for (const job of queue.splice(0)) job.reject(error);
      const running = slots.splice(0);
      await Promise.all(
        running.map((slot) => {
          const job = slot.job;
          finish(slot);
          job?.reject(error);
          return slot.worker.terminate();
        }),
      );
    },
  };
}
