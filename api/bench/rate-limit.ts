// What a rate-limit check costs per request: `takeAllowance` against a fresh embedded database
// with the database clock, as the server runs it, beside a bare `select 1` measured in the same
// run (the ratio says how many round trips' worth a check is). With BENCH_DATABASE_URL set, the
// same against that PostgreSQL database (it must be migrated). Figures are printed, never asserted.
import { PGlite } from '@electric-sql/pglite';
import { sql, type Kysely } from 'kysely';
import { databaseClock } from '../src/clock.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { openPglite, openPostgres, pgliteOptions, type DatabaseHandle } from '../src/db/open.ts';
import type { DB } from '../src/db/types.ts';
import { takeAllowance } from '../src/security/rate-limit/take-allowance.ts';
import { rateLimits } from '../src/security/rate-limit/limits.ts';

const rounds = Number(process.env.BENCH_ROUNDS ?? 2_000);

async function timeEach(work: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await work(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const at = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

async function measure(name: string, handle: DatabaseHandle): Promise<void> {
  const db: Kysely<DB> = handle.db;
  const ctx = { db, clock: databaseClock(db), actor: null };
  const run = `${Date.now()}`;
  const rows = [
    ['select 1', await timeEach(() => sql`select 1`.execute(db))],
    // A new key each time: an insert (the first request of a client).
    [
      'check, new key',
      await timeEach((i) =>
        takeAllowance(ctx, [{ limit: rateLimits.apiKey, key: [`bench-${run}-${i}`] }]),
      ),
    ],
    // One key, allowed: an update under the row lock (a client within its limit).
    [
      'check, same key',
      await timeEach(() =>
        takeAllowance(ctx, [
          { limit: { ...rateLimits.apiKey, limit: 1_000_000 }, key: [`bench-${run}`] },
        ]),
      ),
    ],
    // The three login limits in a row, as every password attempt draws them.
    [
      'login (3 limits)',
      await timeEach((i) =>
        takeAllowance(ctx, [
          { limit: rateLimits.loginAddressAccount, key: [`a-${i}`, `e-${i}`] },
          { limit: rateLimits.loginAddress, key: [`a-${run}-${i}`] },
          { limit: rateLimits.loginAccount, key: [`e-${run}-${i}`] },
        ]),
      ),
    ],
  ] as const;
  const base = at(rows[0][1], 0.5);
  process.stdout.write(
    `Rate-limit check on ${name}, ${rounds} rounds each, Node ${process.version}\n`,
  );
  for (const [label, times] of rows) {
    const p50 = at(times, 0.5);
    process.stdout.write(
      `${label.padEnd(18)} p50 ${p50.toFixed(3).padStart(7)} ms  p99 ${at(times, 0.99)
        .toFixed(3)
        .padStart(7)} ms  ${(p50 / base).toFixed(1)} × select 1\n`,
    );
  }
}

const embedded = await openPglite(await PGlite.create(pgliteOptions));
try {
  await migrateToLatest(embedded.db);
  await measure('the embedded database', embedded);
} finally {
  await embedded.close();
}

if (process.env.BENCH_DATABASE_URL) {
  const postgres = await openPostgres(process.env.BENCH_DATABASE_URL, { poolSize: 2 });
  try {
    await measure('PostgreSQL', postgres);
  } finally {
    await postgres.close();
  }
}
