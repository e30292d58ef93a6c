import type { LogEvent } from 'kysely';

/**
 * Counts SQL statements, so a test can pin how many an operation issues and notice when a change
 * makes it chattier (an N+1 query, a forgotten batch).
 */
export class StatementCounter {
  #count = 0;
  #recording: string[] | undefined;

  readonly listener = (event: LogEvent): void => {
    this.#count += 1;
    this.#recording?.push(event.query.sql);
  };

  get total(): number {
    return this.#count;
  }

  /** Runs `work` and returns its result with the statements it issued. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; count: number; sql: string[] }> {
    const before = this.#count;
    const recording: string[] = [];
    this.#recording = recording;
    try {
      const result = await work();
      return { result, count: this.#count - before, sql: recording };
    } finally {
      this.#recording = undefined;
    }
  }
}
