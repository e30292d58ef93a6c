// Serves the API (on a fresh embedded database) and a bare Hono "hello" route on free ports, for
// the benchmark in run.ts to load from another process. Prints the two URLs as one JSON line.
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.ts';
import { databaseClock } from '../src/clock.ts';
import { loadConfig } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { openPglite, pgliteOptions } from '../src/db/open.ts';
import { createLogger } from '../src/logger.ts';

const handle = await openPglite(await PGlite.create(pgliteOptions));
await migrateToLatest(handle.db);
// A bench that tells clients apart by X-Forwarded-For names its own address as a trusted proxy.
const config = loadConfig({
  LOG_LEVEL: 'silent',
  ...(process.env.BENCH_TRUSTED_PROXIES && { TRUSTED_PROXIES: process.env.BENCH_TRUSTED_PROXIES }),
});
const app = createApp({
  db: handle.db,
  clock: databaseClock(handle.db),
  config,
  logger: createLogger('silent'),
  backend: 'pglite',
});
const bare = new Hono().get('/hello', (c) => c.text('hello'));

function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<string> {
  return new Promise((resolve) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

const [api, hello] = await Promise.all([listen(app.fetch), listen(bare.fetch)]);
process.stdout.write(`${JSON.stringify({ api, hello })}\n`);
