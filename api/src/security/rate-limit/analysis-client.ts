import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

/**
 * Runs `work` as the given analysis client (the key its analysis rate limit counts: an account,
 * an API key or an address), so the worker pool can queue that client's tasks apart from
 * everyone else's (ADR 0021) without each verb having to pass the client along.
 */
export function asAnalysisClient<T>(client: string, work: () => T): T {
  return scope.run(client, work);
}

/** The analysis client of the work in progress; undefined outside `asAnalysisClient`. */
export function currentAnalysisClient(): string | undefined {
  return scope.getStore();
}
