import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { promisify } from 'node:util';
import { fromGlobalSetup, migratedDataDirVariable } from './server-url.ts';

// A new embedded database takes a server most of its start: creating the cluster and migrating it
// took two to three times as long, on a busy machine, as starting on a copy of a migrated one.
// Global setup migrates one directory with the operator's tool, no server running on it; specs
// that need an empty installation of their own start their server on a copy. PGlite keeps
// everything in the directory, and a directory that no process has open may be copied.

const run = promisify(execFile);
const apiDir = new URL('../../api/', import.meta.url);

/** Creates and migrates an embedded database in `dataDir` with `npm run db:migrate`. */
export async function migrateDataDir(dataDir: string): Promise<void> {
  await run(process.execPath, ['src/cli/migrate.ts'], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  });
}

/**
 * Copies the data directory global setup migrated to `dataDir`: an installation with the schema
 * and nothing else, no administrator and no setup link yet.
 */
export async function copyMigratedDataDir(dataDir: string): Promise<void> {
  await cp(fromGlobalSetup(migratedDataDirVariable), dataDir, { recursive: true });
}
