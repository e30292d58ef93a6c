/**
 * The order in which the worker pool starts waiting tasks: one queue per client, and the next
 * task comes from the client served least recently (one that has not been served since it last
 * had nothing to do comes first, in order of arrival), never from one that already runs
 * `maxRunningPerClient` tasks. So a client that sends many long analyses waits behind its own,
 * not everyone else's: another client's task starts as soon as a worker is free, or at once
 * while the cap keeps a worker out of the busy client's reach. No timers and no threads: the
 * pool tells it what started and ended, which keeps it testable with fake work.
 */
export class FairQueue<Job> {
  readonly maxRunningPerClient: number;
  // Clients with waiting jobs, in order of arrival.
  readonly #turns: string[] = [];
  readonly #waiting = new Map<string, Job[]>();
  readonly #running = new Map<string, number>();
  // When each client with waiting or running jobs was last served (a count of takes).
  readonly #servedAt = new Map<string, number>();
  #takes = 0;
  #size = 0;

  constructor(maxRunningPerClient: number) {
    if (!Number.isSafeInteger(maxRunningPerClient) || maxRunningPerClient < 1) {
      throw new RangeError('maxRunningPerClient must be a whole number of at least 1');
    }
    this.maxRunningPerClient = maxRunningPerClient;
  }

  /** Jobs waiting, of every client. */
  get size(): number {
    return this.#size;
  }

  waitingOf(client: string): number {
    return this.#waiting.get(client)?.length ?? 0;
  }

  runningOf(client: string): number {
    return this.#running.get(client) ?? 0;
  }

  push(client: string, job: Job): void {
    const jobs = this.#waiting.get(client);
    if (jobs) jobs.push(job);
    else {
      this.#waiting.set(client, [job]);
      this.#turns.push(client);
    }
    this.#size++;
  }

  /**
   * Takes the next job to start and counts it as running: the oldest job of the client below its
   * cap that was served least recently. Undefined when every client with waiting jobs is at its
   * cap (or none waits).
   */
  take(): { client: string; job: Job } | undefined {
    let turn = -1;
    let servedAt = Infinity;
    this.#turns.forEach((candidate, index) => {
      if (this.runningOf(candidate) >= this.maxRunningPerClient) return;
      const candidateServedAt = this.#servedAt.get(candidate) ?? -1;
      if (candidateServedAt < servedAt) [turn, servedAt] = [index, candidateServedAt];
    });
    if (turn === -1) return undefined;
    const client = this.#turns[turn]!;
    const jobs = this.#waiting.get(client)!;
    const job = jobs.shift()!;
    if (jobs.length === 0) {
      this.#turns.splice(turn, 1);
      this.#waiting.delete(client);
    }
    this.#size--;
    this.#running.set(client, this.runningOf(client) + 1);
    this.#servedAt.set(client, ++this.#takes);
    return { client, job };
  }

  /** A job `take` gave out has ended, however. */
  finished(client: string): void {
    const running = this.runningOf(client) - 1;
    if (running > 0) this.#running.set(client, running);
    else {
      this.#running.delete(client);
      // A client with nothing left to do starts afresh when it comes back.
      if (!this.#waiting.has(client)) this.#servedAt.delete(client);
    }
  }

  /** Removes and returns every waiting job (the pool is closing). */
  drain(): Job[] {
    const jobs = this.#turns.flatMap((client) => this.#waiting.get(client) ?? []);
    this.#turns.length = 0;
    this.#waiting.clear();
    this.#servedAt.clear();
    this.#size = 0;
    return jobs;
  }
}
