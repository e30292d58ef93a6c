import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../../logger.ts';
import { migrateToLatest } from '../migrator.ts';
import { openPglite, pgliteOptions, type DatabaseHandle, type OpenOptions } from '../open.ts';
import { layout, pathExists, pgdataPath, syncDirectory } from './layout.ts';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { removeUnfinished } from './unfinished.ts';

export interface EmbeddedOpenOptions extends OpenOptions {
  dataDir: string;
  /** Recorded in the lock file: `server`, or the tool's name. */
  purpose: string;
  logger: Logger;
  /** Apply pending migrations after opening. Tools that report or apply migrations themselves say no. */
  migrate: boolean;
  /** Initialise a new database when DATA_DIR has none; a backup of nothing should fail instead. */
  create: boolean;
}

export interface EmbeddedDatabase extends DatabaseHandle {
  dataDir: string;
  lock: DataDirLock;
  /** Whether this open initialised a new database. */
  created: boolean;
  /** The migrations applied while opening. */
  migrated: string[];
}

/** DATA_DIR holds no database, and the caller asked not to create one. */
export class NoEmbeddedDatabaseError extends Error {
  override name = 'NoEmbeddedDatabaseError';
}

/** The embedded database exists but PGlite could not start on it. */
export class EmbeddedOpenError extends Error {
  override name = 'EmbeddedOpenError';
}

/**
 * Opens the embedded database in DATA_DIR/pgdata, holding DATA_DIR's lock until `close()`.
 *
 * `pgdata` only ever appears complete: a first initialisation is built in a temporary sibling and
 * renamed once PGlite created it and the migrations ran. So "pgdata exists" means "initialised",
 * and a temporary directory found at start-up is the remains of a crash, removed before anything
 * else (we hold the lock, so no live process is still working in it).
 */
export async function openEmbeddedDatabase(
  options: EmbeddedOpenOptions,
): Promise<EmbeddedDatabase> {
  const { dataDir, logger } = options;
  const lock = await acquireDataDirLock(dataDir, options.purpose);
  try {
    await removeUnfinished(dataDir, logger);
    const pgdata = pgdataPath(dataDir);
    let created = false;
    if (!(await pathExists(pgdata))) {
      if (!options.create) throw new NoEmbeddedDatabaseError(`There is no database in ${dataDir}`);
      await initialise(dataDir, logger);
      created = true;
    }
    const handle = await openExisting(pgdata, options);
    let migrated: string[] = [];
    try {
      if (options.migrate) migrated = await migrateToLatest(handle.db);
    } catch (error) {
      await handle.close();
      throw error;
    }
    return {
      ...handle,
      dataDir,
      lock,
      created,
      migrated,
      async close() {
        try {
          await handle.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function openExisting(pgdata: string, options: OpenOptions): Promise<DatabaseHandle> {
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ ...pgliteOptions, dataDir: pgdata });
  } catch (error) {
    throw new EmbeddedOpenError(
      `Could not open the embedded database in ${pgdata}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return openPglite(pglite, options);
}

async function initialise(dataDir: string, logger: Logger): Promise<void> {
  const building = path.join(dataDir, `${layout.unfinishedPrefixes[0]}${process.pid}`);
  logger.info({ dataDir }, 'initialising a new embedded database');
  try {
    const handle = await openPglite(await PGlite.create({ ...pgliteOptions, dataDir: building }));
    try {
      await migrateToLatest(handle.db);
    } finally {
      await handle.close();
    }
    await fs.rename(building, pgdataPath(dataDir));
    await syncDirectory(dataDir);
  } catch (error) {
    await fs.rm(building, { recursive: true, force: true });
    throw error;
  }
}
