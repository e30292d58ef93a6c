import { describe, expect, it } from 'vitest';
import { FairQueue } from '../../../src/runtime/workers/fair-queue.ts';

interface FakeTask {
  client: string;
  name: string;
  /** When it is submitted, and how long it runs once started (virtual seconds). */
  at: number;
  duration: number;
}

/**
 * Runs fake tasks through the queue on `workers` simulated workers in virtual time, as the pool
 * does: each arrival is queued, and whenever a worker is free the queue says what starts next.
 * Returns when each task finished. Durations are injected, so nothing depends on the machine.
 */
function simulate(workers: number, maxRunningPerClient: number, tasks: FakeTask[]) {
  const queue = new FairQueue<FakeTask>(maxRunningPerClient);
  const arrivals = [...tasks].sort((a, b) => a.at - b.at);
  const running: { task: FakeTask; endsAt: number }[] = [];
  const finished = new Map<string, number>();
  let now = 0;
  while (arrivals.length > 0 || running.length > 0 || queue.size > 0) {
    const nextArrival = arrivals[0]?.at ?? Infinity;
    const nextEnd = Math.min(...running.map((entry) => entry.endsAt));
    now = Math.min(nextArrival, nextEnd);
    // Ends before arrivals at the same instant, as a worker reports before the next request.
    for (const entry of running.filter((item) => item.endsAt === now)) {
      running.splice(running.indexOf(entry), 1);
      queue.finished(entry.task.client);
      finished.set(entry.task.name, now);
    }
    while (arrivals[0]?.at === now) {
      const task = arrivals.shift()!;
      queue.push(task.client, task);
    }
    while (running.length < workers) {
      const next = queue.take();
      if (!next) break;
      running.push({ task: next.job, endsAt: now + next.job.duration });
    }
  }
  return finished;
}

describe('fair queue of the worker pool', () => {
  const heavy = (name: string, at = 0): FakeTask => ({ client: 'a', name, at, duration: 15 });
  const tiny: FakeTask = { client: 'b', name: 'tiny', at: 1, duration: 0.05 };

  it('starts another client’s tiny task at once while one client runs two at the time limit', () => {
    // Two workers, one per client at most: the second worker stays free for others.
    const finished = simulate(2, 1, [heavy('a1'), heavy('a2'), tiny]);
    expect(finished.get('tiny')).toBeCloseTo(1.05);
    expect(finished.get('a1')).toBe(15);
    expect(finished.get('a2')).toBe(30);
  });

  it('lets the tiny task overtake the busy client’s backlog on a single worker', () => {
    const finished = simulate(1, 1, [heavy('a1'), heavy('a2'), heavy('a3'), tiny]);
    // Behind the task already running, not behind all three.
    expect(finished.get('tiny')).toBeCloseTo(15.05);
    expect(finished.get('a3')).toBeCloseTo(45.05);
  });

  it('serves clients in turn, each in its own order', () => {
    const queue = new FairQueue<string>(2);
    for (const job of ['a1', 'a2', 'a3']) queue.push('a', job);
    for (const job of ['b1', 'b2']) queue.push('b', job);
    queue.push('c', 'c1');
    const order: string[] = [];
    for (let next = queue.take(); next; next = queue.take()) {
      order.push(next.job);
      queue.finished(next.client);
    }
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3']);
  });

  it('holds back a client at its cap until one of its tasks finishes', () => {
    const queue = new FairQueue<string>(1);
    queue.push('a', 'a1');
    queue.push('a', 'a2');
    expect(queue.take()?.job).toBe('a1');
    expect(queue.take()).toBeUndefined();
    expect([queue.runningOf('a'), queue.waitingOf('a'), queue.size]).toEqual([1, 1, 1]);
    queue.finished('a');
    expect(queue.take()?.job).toBe('a2');
  });

  it('gives back every waiting task when drained', () => {
    const queue = new FairQueue<string>(1);
    queue.push('a', 'a1');
    queue.push('b', 'b1');
    queue.push('a', 'a2');
    expect(queue.drain().sort()).toEqual(['a1', 'a2', 'b1']);
    expect(queue.size).toBe(0);
    expect(queue.take()).toBeUndefined();
  });

  it('refuses a cap below one', () => {
    expect(() => new FairQueue(0)).toThrow(RangeError);
  });
});
