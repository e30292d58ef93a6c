import { isMainThread } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PoolBusyError,
  PoolClosedError,
  TaskFailedError,
  TaskInputTooLargeError,
  TaskTimeoutError,
} from '../../../src/runtime/workers/errors.ts';
import {
  createWorkerPool,
  type WorkerPool,
  type WorkerPoolOptions,
} from '../../../src/runtime/workers/pool.ts';
import { closeAnalysisPool, runAnalysis } from '../../../src/runtime/workers/analysis-pool.ts';

const tasksModule = new URL('./fixture-tasks.ts', import.meta.url);
const pools: WorkerPool[] = [];
const pool = (options: WorkerPoolOptions = {}) => {
  const created = createWorkerPool({ tasksModule, ...options });
  pools.push(created);
  return created;
};

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('worker pool', () => {
  it('runs a CPU-bound task off the main thread while the event loop stays responsive', async () => {
    const workers = pool({ size: 1 });
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const loops = await workers.run<number>('spin', { ms: 300 });
      expect(loops).toBeGreaterThan(0);
      expect(ticks).toBeGreaterThan(0);
    } finally {
      clearInterval(timer);
    }
    expect(isMainThread).toBe(true);
  });

  it('passes typed arrays to the worker and returns the result', async () => {
    const result = await pool({ size: 1 }).run<{ total: number }>('sum', {
      values: new Float64Array([1, 2, 3.5]),
    });
    expect(result).toEqual({ total: 6.5, threadIsMain: false });
  });

  it('terminates a task past its time limit and keeps working afterwards', async () => {
    const workers = pool({ size: 1 });
    await expect(workers.run('forever', {}, { timeoutMs: 200 })).rejects.toThrow(TaskTimeoutError);
    await expect(workers.run<number>('spin', { ms: 1 })).resolves.toBeGreaterThan(0);
  });

  it('refuses an input above the size limit before dispatch', async () => {
    const workers = pool({ size: 1, maxInputBytes: 1_000 });
    await expect(workers.run('sum', { values: new Float64Array(1_000) })).rejects.toThrow(
      TaskInputTooLargeError,
    );
    await expect(workers.run('sum', { values: new Float64Array(10) })).resolves.toMatchObject({
      total: 0,
    });
  });

  it('returns a thrown error as an error with its name and message', async () => {
    const error = await pool({ size: 1 })
      .run('fail', { message: 'no such weight' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect(error).toMatchObject({ message: 'no such weight', taskErrorName: 'RangeError' });
  });

  it('names an unknown task', async () => {
    await expect(pool({ size: 1 }).run('nope', {})).rejects.toThrow('No task "nope"');
  });

  it('refuses a task when every worker is busy and the queue is full', async () => {
    const workers = pool({ size: 1, maxQueue: 1 });
    const running = workers.run('spin', { ms: 200 });
    const waiting = workers.run('spin', { ms: 1 });
    await expect(workers.run('spin', { ms: 1 })).rejects.toThrow(PoolBusyError);
    await expect(Promise.all([running, waiting])).resolves.toHaveLength(2);
  });

  it('runs another client’s task while one client’s tasks hold every worker they may use', async () => {
    const workers = pool({ size: 2 });
    const gate = new Int32Array(new SharedArrayBuffer(4 * 3));
    const release = (index: number) => {
      Atomics.store(gate, index, 1);
      Atomics.notify(gate, index);
    };
    const done: string[] = [];
    const held = [0, 1, 2].map((index) =>
      workers.run<number>('hold', { gate, index }, { client: 'busy' }).then((value) => {
        done.push(`busy ${value}`);
        return value;
      }),
    );
    try {
      // One of the busy client's three runs, two wait; the other worker is free for others.
      const other = await workers.run<{ total: number }>(
        'sum',
        { values: new Float64Array([2, 3]) },
        { client: 'other' },
      );
      expect(other.total).toBe(5);
      expect(done).toEqual([]);
    } finally {
      [0, 1, 2].forEach(release);
    }
    await expect(Promise.all(held)).resolves.toEqual([0, 1, 2]);
    // One at a time, in the order they were sent.
    expect(done).toEqual(['busy 0', 'busy 1', 'busy 2']);
  });

  it('refuses a client’s task beyond its queue with the time to retry', async () => {
    const workers = pool({ size: 2, maxQueuedPerClient: 1 });
    const gate = new Int32Array(new SharedArrayBuffer(4 * 2));
    const held = [0, 1].map((index) =>
      workers.run('hold', { gate, index }, { client: 'busy', timeoutMs: 60_000 }),
    );
    const refused = await workers
      .run('sum', { values: new Float64Array(1) }, { client: 'busy' })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PoolBusyError);
    // At the latest when the running task's time limit ends.
    expect((refused as PoolBusyError).retryAfterMs).toBeGreaterThan(0);
    expect((refused as PoolBusyError).retryAfterMs).toBeLessThanOrEqual(60_000);
    // Others are not refused.
    await expect(
      workers.run('sum', { values: new Float64Array(1) }, { client: 'other' }),
    ).resolves.toMatchObject({ total: 0 });
    for (const index of [0, 1]) {
      Atomics.store(gate, index, 1);
      Atomics.notify(gate, index);
    }
    await Promise.all(held);
  });

  it('rejects pending tasks on close and refuses new ones', async () => {
    const workers = pool({ size: 1 });
    const running = expect(workers.run('forever', {}, { timeoutMs: 10_000 })).rejects.toThrow(
      PoolClosedError,
    );
    const waiting = expect(workers.run('spin', { ms: 1 })).rejects.toThrow(PoolClosedError);
    await workers.close();
    await Promise.all([running, waiting]);
    await expect(workers.run('spin', { ms: 1 })).rejects.toThrow(PoolClosedError);
  });

  it('runs the shared analysis pool lazily and restarts it after closing', async () => {
    await expect(runAnalysis('no-such-task', {})).rejects.toThrow(TaskFailedError);
    await closeAnalysisPool();
    await expect(runAnalysis('no-such-task', {})).rejects.toThrow('No task "no-such-task"');
    await closeAnalysisPool();
  });
});
