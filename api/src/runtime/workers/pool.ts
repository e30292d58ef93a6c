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
 * - At most `size` tasks run at once; up to `maxQueue` more wait. Each task belongs to a client
 *   (`client`, the key its rate limit counts: an account or an address). Waiting tasks start
 *   client by client in turn (`./fair-queue.ts`), and one client never runs more than
 *   `maxRunningPerClient` at once (default: all workers but one), so one client's long analyses
 *   queue behind each other, not in front of everyone else's. A client may have up to
 *   `maxQueuedPerClient` tasks waiting. Beyond either bound a task is refused at once with
 *   `PoolBusyError`, which says when a worker is certain to be free for it (the earliest time
 *   limit of what blocks it).
 * - A task that throws rejects with `TaskFailedError` carrying the original name and message (a
 *   worker that dies does the same, and is replaced).
 * - `close()` rejects waiting and running tasks with `PoolClosedError` and terminates the
 *   workers; later `run` calls reject with `PoolClosedError`.
 * - Workers start on first use and do not keep the process alive while idle.
 *
 * Errors are in `./errors.ts`; they are not domain errors, so the calling service maps them
 * (e.g. too large or too slow → `ValidationError`, busy or closed → 503).
 */
import { Worker } from 'node:worker_threads';
import {
  PoolBusyError,
  PoolClosedError,
  TaskFailedError,
  TaskInputTooLargeError,
  TaskTimeoutError,
  type WorkerPoolError,
} from './errors.ts';
import { FairQueue } from './fair-queue.ts';
import { exceedsBytes } from './input-size.ts';
import type { TaskReply, TaskRequest } from './protocol.ts';

export interface WorkerPoolOptions {
  /** Worker threads; default 2 (ADR 0006). */
  size?: number;
  /** Tasks that may wait for a free worker, of all clients together; default 16. */
  maxQueue?: number;
  /** Tasks of one client that may run at once; default size − 1, at least 1. */
  maxRunningPerClient?: number;
  /** Tasks of one client that may wait; default 4. */
  maxQueuedPerClient?: number;
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
  /** Whose task it is, for fair queueing; tasks that name none share one client. */
  client?: string | undefined;
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
  client: string;
  timeoutMs: number;
  /** When its time limit ends, once it runs (performance.now() milliseconds). */
  deadline?: number;
  resolve: (value: unknown) => void;
  reject: (error: WorkerPoolError) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Two workers, whatever the machine (ADR 0006 and 0021): with one client held to one of them, a
 * second client's analysis finds a free worker even while the first runs its largest one. On a
 * machine with fewer than three cores the workers share them with the event loop, which the
 * operating system still schedules promptly when a request arrives (`npm run bench` measures it).
 */
export function defaultPoolSize(): number {
  return 2;
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const maxQueue = options.maxQueue ?? 16;
  const maxQueuedPerClient = options.maxQueuedPerClient ?? 4;
  const queue = new FairQueue<Job>(options.maxRunningPerClient ?? Math.max(1, size - 1));
  const maxInputBytes = options.maxInputBytes ?? 4 * 1024 * 1024;
  const defaultTimeoutMs = options.defaultTimeoutMs ?? 10_000;
  const tasksModule = (options.tasksModule ?? new URL('./tasks.ts', import.meta.url)).href;

  const slots: Slot[] = [];
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
    if (slot.job) queue.finished(slot.job.client);
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
    while (!closed && queue.size > 0) {
      const free = slots.find((candidate) => !candidate.job);
      if (!free && slots.length >= size) return;
      const next = queue.take();
      if (!next) return;
      const slot = free ?? spawn();
      const job = next.job;
      job.deadline = performance.now() + job.timeoutMs;
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

  // When a worker is certain to be free for the client: the earliest time limit among its own
  // running tasks (its cap holds it back), else among all running tasks.
  const retryAfterMs = (client: string): number => {
    const running = slots.flatMap(({ job }) => (job?.deadline === undefined ? [] : [job]));
    const own = running.filter((job) => job.client === client);
    const deadlines = (own.length > 0 ? own : running).map((job) => job.deadline!);
    return deadlines.length === 0 ? 0 : Math.max(0, Math.min(...deadlines) - performance.now());
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
      const client = runOptions.client ?? '';
      if (queue.waitingOf(client) >= maxQueuedPerClient || queue.size >= maxQueue) {
        return Promise.reject(
          new PoolBusyError(
            'Every analysis worker this client may use is busy; try again later',
            retryAfterMs(client),
          ),
        );
      }
      return new Promise<T>((resolve, reject) => {
        queue.push(client, {
          request: { id: nextId++, task, input },
          client,
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
      for (const job of queue.drain()) job.reject(error);
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
