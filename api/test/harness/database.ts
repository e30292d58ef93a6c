import { randomBytes } from 'node:crypto';
import { describe, inject } from 'vitest';
import { sql } from 'kysely';
import { openPglite, openPostgres, type Backend, type DatabaseHandle } from '../../src/db/open.ts';
import { returnTemplateDatabase, takeTemplateDatabase } from './pglite-pool.ts';
import { onServer, quoteIdentifier, withDatabase } from './postgres-admin.ts';
import { StatementCounter } from './statement-counter.ts';

export interface TestDatabase extends DatabaseHandle {
  /** Counts the statements this database executes; see {@link StatementCounter}. */
  statements: StatementCounter;
}

/** The backends database tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): Backend[] {
  return inject('postgres') ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh, migrated database of its own. PGlite loads the run's template, or takes one of the
 * worker's databases reset to it (test/harness/pglite-pool.ts); PostgreSQL clones the run's
 * template database. Close it in afterAll: a closed PGlite database goes back to the pool, a
 * closed PostgreSQL test database is dropped.
 */
export async function openTestDatabase(backend: Backend = 'pglite'): Promise<TestDatabase> {
  const statements = new StatementCounter();
  const onQuery = statements.listener;
  if (backend === 'pglite') {
    const templateFile = inject('pgliteTemplateFile');
    const pglite = await takeTemplateDatabase(templateFile);
    const handle = await openPglite(pglite, { onQuery });
    // Not the handle's own close, which checkpoints and closes the instance: the pool resets it
    // for the next file (see pglite-pool.ts).
    return { ...handle, statements, close: () => returnTemplateDatabase(templateFile, pglite) };
  }
  const postgres = inject('postgres');
  if (!postgres) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `${postgres.runId}_${randomBytes(6).toString('hex')}`;
  await onServer(
    postgres.url,
    `create database ${quoteIdentifier(name)} template ${quoteIdentifier(postgres.template)}`,
  );
  const handle = await openPostgres(withDatabase(postgres.url, name), { onQuery, poolSize: 4 });
  return {
    ...handle,
    statements,
    async close() {
      await handle.close();
      await onServer(postgres.url, `drop database if exists ${quoteIdentifier(name)} with (force)`);
    },
  };
}

/**
 * Declares the same database tests once per backend. Test names carry the backend in brackets,
 * which is how the run's summary counts the tests each backend ran.
 */
export function describeDatabase(name: string, body: (backend: Backend) => void): void {
  for (const backend of testBackends()) {
    describe(`[${backend}] ${name}`, () => body(backend));
  }
}

/** The connection URL of a PostgreSQL test database, for tools run as separate processes. */
export async function postgresUrlOf(handle: TestDatabase): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
    handle.db,
  );
  return withDatabase(inject('postgres')!.url, rows[0]!.name);
}
