import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dataDirVariable, fromGlobalSetup } from './server-url.ts';

const run = promisify(execFile);

// The catalogues are the same for every test and stay loaded for the whole run; a load is a
// process of its own (seconds on a busy machine), so a worker runs the tool once.
let loaded: Promise<void> | undefined;

/**
 * Loads the catalogues and templates into the server under test, as an operator does (`npm run
 * seed`), through the running server's admin socket; once per worker, as a second load changes
 * nothing. A failed load is tried again by the next test that asks.
 */
export function loadCatalogue(): Promise<void> {
  loaded ??= runSeed().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function runSeed(): Promise<void> {
  const dataDir = fromGlobalSetup(dataDirVariable);
  const apiDir = new URL('../../api/', import.meta.url);
  await run(process.execPath, ['src/cli/seed.ts'], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  });
}
