// Builds nothing (turbo runs the web and api builds before this package's tests) and starts the
// production server the way `npm start` runs it: the api serve entry on a free port, with a
// fresh data directory that is removed again at the end. Then makes the installation's first
// administrator with the operator's tool and signs them in once; tests set up their users and
// data with that session through the API (see helpers/test.ts). Meanwhile it migrates a data
// directory of its own that no server uses, from which the specs that need an empty
// installation start theirs (helpers/migrated-data-dir.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveFirstAdministrator } from './helpers/first-administrator.ts';
import { migrateDataDir } from './helpers/migrated-data-dir.ts';
import { freePort, parseLogLine, startServerProcess } from './helpers/server-process.ts';
import {
  dataDirVariable,
  firstAdministratorVariable,
  migratedDataDirVariable,
  serverUrlVariable,
} from './helpers/server-url.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const webHandler = path.join(root, 'web', 'build', 'handler.js');
const startTimeoutMs = 60_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(webHandler)) {
    throw new Error(
      `The web front end is not built (${webHandler} is missing). Run the browser tests with ` +
        '`npm test` from the repository root, which builds it first, or run `npm run build`.',
    );
  }
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-'));
  const dataDir = path.join(runDir, 'data');
  const migratedDataDir = path.join(runDir, 'migrated');
  const firstAdministratorState = path.join(runDir, 'first-administrator.json');
  // A port of our own rather than PORT=0: PUBLIC_ORIGIN must name the address the browser uses,
  // as in production (invitation links, the origin checks of the API and of SvelteKit).
  const server = startServerProcess({ dataDir, port: await freePort(), logLevel: 'info' });
  const stop = async () => {
    await server.stop();
    await rm(runDir, { recursive: true, force: true });
  };
  // Beside the server's start, not after it: both mostly wait for a core on a busy machine.
  const migrated = migrateDataDir(migratedDataDir);
  // Awaited below; until then a failure must not count as unhandled.
  migrated.catch(() => undefined);
  try {
    const listening = parseLogLine(await server.line(/"msg":"listening"/, startTimeoutMs));
    const url = String(listening?.url);
    // The server offers a setup link on this empty installation; the operator's tool makes the
    // first administrator instead, as an installation without a browser would (first-run.spec.ts
    // follows the link on a server of its own).
    await Promise.all([
      saveFirstAdministrator({ baseURL: url, dataDir, statePath: firstAdministratorState }),
      migrated,
    ]);
    process.env[serverUrlVariable] = url;
    process.env[firstAdministratorVariable] = firstAdministratorState;
    // For the operator's tools that tests run against this server (npm run seed).
    process.env[dataDirVariable] = dataDir;
    process.env[migratedDataDirVariable] = migratedDataDir;
  } catch (error) {
    // Not before the tool is done with the directory it migrates, which is removed too.
    await migrated.catch(() => undefined);
    await stop();
    throw error;
  }
  return stop;
}
