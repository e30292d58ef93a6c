import type { PGlite, PGliteOptions } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { typeParsers } from './type-parsers.ts';
import type { DB } from './types.ts';

export type Backend = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<DB>;
  backend: Backend;
  /** The embedded instance, for the operations only it has (dumping its data directory). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Called for every statement executed; the tests count statements with it. */
  onQuery?: (event: LogEvent) => void;
}

/** Options every embedded instance is created with, so both backends parse values alike. */
export const pgliteOptions: PGliteOptions = { parsers: typeParsers };

/**
 * Wraps an open PGlite instance. PGlite is a single Postgres session: callers must take turns,
 * or one request's autocommit write runs inside another's open transaction and vanishes with its
 * rollback. Kysely's PGlite adapter declares a single connection, so Kysely holds a mutex from
 * acquiring the connection to releasing it (test/db/database.test.ts proves it).
 * Closing checkpoints first, so the next start has no recovery to do.
 */
export async function openPglite(
  pglite: PGlite,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  await pglite.waitReady;
  await pglite.exec(`set time zone 'UTC'`);
  const db = new Kysely<DB>({
    dialect: new PGliteDialect({ pglite }),
    ...(options.onQuery ? { log: options.onQuery } : {}),
  });
  return {
    db,
    backend: 'pglite',
    pglite,
    async close() {
      if (pglite.closed) return;
      await sql`checkpoint`.execute(db);
      await db.destroy();
    },
  };
}

export interface PostgresOptions extends OpenOptions {
  /** Connections per process; several processes may share one server. */
  poolSize?: number;
}

export async function openPostgres(
  connectionString: string,
  options: PostgresOptions = {},
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        typeParsers[oid] ??
        pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    ...(options.onQuery ? { log: options.onQuery } : {}),
  });
  return {
    db,
    backend: 'postgres',
    close: () => db.destroy(),
  };
}
