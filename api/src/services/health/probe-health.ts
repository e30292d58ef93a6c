import type { HealthResponse } from '@tenderwise/schema';
import { sql } from 'kysely';
import { migrationStatus } from '../../db/migrator.ts';
import type { Kysely } from 'kysely';
import type { Backend } from '../../db/open.ts';
import type { DB } from '../../db/types.ts';
import type { Logger } from '../../logger.ts';
import { appVersion } from '../../version.ts';

/** A health check must answer even when the database hangs, or the load balancer waits with it. */
const probeTimeoutMs = 2_000;

/**
 * Asks the database for a trivial result and for the applied migrations. `ok` needs both: a
 * process whose schema is behind (or ahead of) its code cannot serve requests correctly.
 */
export async function probeHealth({
  db,
  backend,
  logger,
}: {
  db: Kysely<DB>;
  backend: Backend;
  logger: Logger;
}): Promise<HealthResponse> {
  let latencyMs: number | null = null;
  let migrations: HealthResponse['migrations'] = null;
  try {
    const started = performance.now();
    await withTimeout(sql`select 1`.execute(db));
    latencyMs = Math.round((performance.now() - started) * 100) / 100;
    const { applied, pending } = await withTimeout(migrationStatus(db));
    migrations = { applied, pending, upToDate: pending.length === 0 };
  } catch (error) {
    logger.warn({ err: error }, 'Health probe failed');
  }
  const reachable = latencyMs !== null;
  return {
    status: reachable && migrations?.upToDate === true ? 'ok' : 'degraded',
    version: appVersion,
    database: { backend, reachable, latencyMs },
    migrations,
  };
}

async function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`No answer within ${probeTimeoutMs} ms`)),
      probeTimeoutMs,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
