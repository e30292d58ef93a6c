import type { Kysely } from 'kysely';
import { createApp, type AppDeps } from '../../../src/app.ts';
import { fixedClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import type { AppBindings } from '../../../src/http/client-address.ts';
import type { DB } from '../../../src/db/types.ts';
import { captureLogs } from '../../http/test-app.ts';
import { testPasswordHashing } from '../../harness/passwords.ts';

/** The application on a fixed clock with captured logs; `env` as the server would read it. */
export function limitedApp(
  db: Kysely<DB>,
  env: Record<string, string> = {},
  overrides: Partial<AppDeps> = {},
) {
  const clock = fixedClock();
  const logs = captureLogs();
  const config = loadConfig(env);
  const app = createApp({
    db,
    clock,
    config,
    logger: logs.logger,
    passwordHashing: testPasswordHashing,
    ...overrides,
  });

  /** Sends a request as if it came over a socket from `peer`. */
  function send(
    peer: string,
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    // Cookie-authenticated unsafe requests must say they come from our own pages (CSRF guard).
    if (headers.cookie !== undefined) headers['sec-fetch-site'] = 'same-origin';
    const bindings: AppBindings = { clientAddress: peer };
    return Promise.resolve(
      app.request(
        path,
        {
          method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
          headers,
          ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
        },
        bindings,
      ),
    );
  }

  return { app, clock, logs, config, send };
}

/** Statuses of responses, counted: `{ 401: 5, 429: 95 }`. */
export function tally(statuses: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** A distinct client address for each `n` (from 100.64.0.0/10, which no test machine uses). */
export function testAddress(n: number): string {
  return `100.64.${(n >> 8) & 255}.${n & 255}`;
}

let addresses = 0;

/**
 * A client address no other test of this file uses (from 198.18.0.0/15, the benchmarking range).
 * Tests share their file's database, and each test's fixed clock starts at the same instant, so
 * a counter one test pushed into its clock's future would still be full in the next test's.
 */
export function freshAddress(): string {
  addresses++;
  return `198.18.${(addresses >> 8) & 255}.${addresses & 255}`;
}
