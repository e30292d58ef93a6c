import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dataDirVariable, fromGlobalSetup } from './server-url.ts';

const run = promisify(execFile);

/**
 * Loads the catalogues and templates into the server under test, as an operator does (`npm run
 * seed`), through the running server's admin socket. Idempotent: a second load changes nothing.
 */
export async function loadCatalogue(): Promise<void> {
  const dataDir = fromGlobalSetup(dataDirVariable);
  const apiDir = new URL('../../api/', import.meta.url);
  await run(process.execPath, ['src/cli/seed.ts'], {
    cwd: apiDir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
  });
}
