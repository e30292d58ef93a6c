/**
 * The order in which the worker pool starts waiting tasks: one queue per client, served in turn
 * (round robin), and never more than `maxRunningPerClient` tasks of one client at once. So a
 * client that sends many long analyses waits behind its own, not everyone else's: another
 * client's task starts as soon as a worker is free, or at once while the cap keeps a worker out
 * of the busy client's reach. No timers and no threads: the pool tells it what started and
 * ended, which keeps it testable with fake work.
 */
export class FairQueue<Job> {
  readonly maxRunningPerClient: number;
  // Clients with waiting jobs, in the order they are served; a served client goes to the back.
  readonly #turns: string[] = [];
  readonly #waiting = new Map<string, Job[]>();
  readonly #running = new Map<string, number>();
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
   * Takes the next job to start and counts it as running: the first client in turn that is below
   * its cap gives its oldest job and goes to the back of the line. Undefined when every client
   * with waiting jobs is at its cap (or none waits).
   */
  take(): { client: string; job: Job } | undefined {
    const turn = this.#turns.findIndex((client) => this.runningOf(client) < this.maxRunningPerClient);
    if (turn === -1) return undefined;
    const [client] = this.#turns.splice(turn, 1) as [string];
    const jobs = this.#waiting.get(client)!;
    const job = jobs.shift()!;
    if (jobs.length > 0) this.#turns.push(client);
    else this.#waiting.delete(client);
    this.#size--;
    this.#running.set(client, this.runningOf(client) + 1);
    return { client, job };
  }

  /** A job `take` gave out has ended, however. */
  finished(client: string): void {
    const running = this.runningOf(client) - 1;
    if (running > 0) this.#running.set(client, running);
    else this.#running.delete(client);
  }

  /** Removes and returns every waiting job (the pool is closing). */
  drain(): Job[] {
    const jobs = this.#turns.flatMap((client) => this.#waiting.get(client) ?? []);
    this.#turns.length = 0;
    this.#waiting.clear();
    this.#size = 0;
    return jobs;
  }
}
