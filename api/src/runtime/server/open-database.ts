import { promises as fs } from 'node:fs';
import { sql } from 'kysely';
import { isEmbedded, type Config } from '../../config.ts';
import { openEmbeddedDatabase } from '../../db/embedded/open-embedded.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { openPostgres, type DatabaseHandle } from '../../db/open.ts';
import type { Logger } from '../../logger.ts';
import { StartupError } from './startup-error.ts';

/**
 * The server's database, migrated to this version: embedded in DATA_DIR (holding its lock) or
 * PostgreSQL, where Kysely's migrator takes an advisory lock so servers starting together
 * migrate once.
 */
export async function openServerDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  if (isEmbedded(config)) {
    const database = await openEmbeddedDatabase({
      dataDir: config.dataDir,
      purpose: 'server',
      logger,
      migrate: true,
      create: true,
    });
    logMigrations(logger, database.migrated);
    await warnIfShared(config.dataDir, logger);
    return database;
  }
  const handle = await openPostgres(config.databaseUrl!);
  try {
    try {
      await sql`select 1`.execute(handle.db);
    } catch (error) {
      throw new StartupError(
        `Cannot connect to PostgreSQL at ${describeUrl(config.databaseUrl!)}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    logMigrations(logger, await migrateToLatest(handle.db));
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

function logMigrations(logger: Logger, applied: string[]): void {
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
}

/** Host, port and database only: the URL may carry a password. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function warnIfShared(dataDir: string, logger: Logger): Promise<void> {
  const { mode } = await fs.stat(dataDir);
  if ((mode & 0o077) !== 0) {
    logger.warn(
      { dataDir, mode: `0${(mode & 0o777).toString(8)}` },
      'DATA_DIR is accessible to other users; restrict it with chmod 700',
    );
  }
}
