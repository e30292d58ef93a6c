/**
 * Why the worker pool refused or gave up on a task. Plain errors, not domain errors: the service
 * that runs an analysis decides what each means to its caller (too large → 422, busy → 503).
 */
export class WorkerPoolError extends Error {
  override name = 'WorkerPoolError';
}

/** The input is larger than the pool accepts; nothing was dispatched. */
export class TaskInputTooLargeError extends WorkerPoolError {
  override name = 'TaskInputTooLargeError';
}

/** The task ran past its time limit; its worker was terminated and replaced. */
export class TaskTimeoutError extends WorkerPoolError {
  override name = 'TaskTimeoutError';
}

/**
 * The client has as many tasks waiting as it may, or the whole queue is full; `retryAfterMs` is
 * when a worker is certain to be free for it (a time limit of what it waits for).
 */
export class PoolBusyError extends WorkerPoolError {
  override name = 'PoolBusyError';
  readonly retryAfterMs: number;

  constructor(message: string, retryAfterMs: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The pool was closed (the server is stopping). */
export class PoolClosedError extends WorkerPoolError {
  override name = 'PoolClosedError';
}

/** The task threw, or its worker died; `taskErrorName` is the original error's name. */
export class TaskFailedError extends WorkerPoolError {
  override name = 'TaskFailedError';
  readonly taskErrorName: string;

  constructor(message: string, taskErrorName: string) {
    super(message);
    this.taskErrorName = taskErrorName;
  }
}
