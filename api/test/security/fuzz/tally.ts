import type { FuzzOperation } from './operations.ts';
import type { Answer } from './response-checks.ts';
import type { FuzzRequest } from './requests.ts';
import type { FuzzSettings } from './settings.ts';

/** One request sent and what came of it. */
export interface Outcome {
  request: FuzzRequest;
  caller: string;
  answer: Answer;
  /** What is wrong with the answer; empty when it is right. */
  problems: string[];
}

/** Counts a run's requests and answers, and keeps its failures ready to print. */
export class FuzzTally {
  readonly failures: string[] = [];
  readonly #settings: FuzzSettings;
  readonly #statuses = new Map<number, number>();
  /** Operations some request got through with 2xx: how deep the run reached. */
  readonly #succeeded = new Set<string>();
  readonly #timings: [string, number][] = [];
  readonly #started = performance.now();
  readonly #cpu = process.cpuUsage();
  #sent = 0;
  #invalid = 0;

  constructor(settings: FuzzSettings) {
    this.#settings = settings;
  }

  /** `index` is the case's number, or `setup` for a request that made the operation's object. */
  record(operation: FuzzOperation, index: number | 'setup', outcome: Outcome): void {
    this.#sent += 1;
    if (outcome.request.invalid !== undefined) this.#invalid += 1;
    const { status } = outcome.answer;
    this.#statuses.set(status, (this.#statuses.get(status) ?? 0) + 1);
    if (status < 300) this.#succeeded.add(operation.operationId);
    if (outcome.problems.length > 0) {
      this.failures.push(describeFailure(this.#settings, operation, index, outcome));
    }
  }

  timed(operation: FuzzOperation, milliseconds: number): void {
    this.#timings.push([operation.operationId, milliseconds]);
  }

  /** Requests, rate, statuses, the slowest operations and those never answered with 2xx. */
  summary(label: string, operations: readonly FuzzOperation[]): string {
    const seconds = (performance.now() - this.#started) / 1000;
    const { user, system } = process.cpuUsage(this.#cpu);
    const statuses = [...this.#statuses].sort(([a], [b]) => a - b);
    const slowest = this.#timings
      .toSorted(([, a], [, b]) => b - a)
      .slice(0, 5)
      .map(([operationId, ms]) => `${operationId} ${Math.round(ms)} ms`);
    const never = operations
      .map((operation) => operation.operationId)
      .filter((operationId) => !this.#succeeded.has(operationId));
    return (
      `${label} fuzzing: ${this.#sent} requests (${this.#invalid} invalid by the document) over ` +
      `${operations.length} operations in ${seconds.toFixed(1)} s ` +
      `(${((user + system) / 1e6).toFixed(1)} s of CPU), ` +
      `${Math.round(this.#sent / seconds)} requests/s, seed ${this.#settings.seed}\n` +
      `  statuses: ${statuses.map(([status, count]) => `${status}: ${count}`).join(', ')}\n` +
      `  slowest: ${slowest.join(', ')}\n` +
      `  answered 2xx at least once: ${this.#succeeded.size} of ${operations.length} operations` +
      `${never.length > 0 ? `; never: ${never.join(', ')}` : ''}\n`
    );
  }
}

function describeFailure(
  settings: FuzzSettings,
  operation: FuzzOperation,
  index: number | 'setup',
  { request, caller, answer, problems }: Outcome,
): string {
  const body =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? ` body ${excerpt(request.body)}`
        : ` body of ${request.body.length} bytes`;
  const streamed = request.chunked === true ? ' (chunked)' : '';
  const replay = `FUZZ_SEED=${settings.seed} FUZZ_OPERATIONS=${operation.operationId}${
    index === 'setup' ? ' (while making its object)' : ` FUZZ_CASE=${index}`
  }`;
  return (
    `${operation.operationId} case ${index} as ${caller} [${request.label}]: ${problems.join('; ')}\n` +
    `  ${request.method} ${excerpt(request.url)} ${request.headers['content-type'] ?? ''}${body}${streamed}\n` +
    `  answered ${answer.status} ${answer.contentType ?? ''} ${excerpt(answer.text)}\n` +
    `  replay: ${replay}`
  );
}

function excerpt(text: string, length = 300): string {
  return text.length <= length ? text : `${text.slice(0, length)}… (${text.length} characters)`;
}
