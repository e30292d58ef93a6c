// Builds nothing (turbo runs the web and api builds before this package's tests) and starts the
// production server the way `npm start` runs it: the api serve entry on a free port, with a
// fresh data directory that is removed again at the end. Then makes the installation's first
// administrator with the operator's tool and signs them in once; tests set up their users and
// data with that session through the API (see helpers/test.ts).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveFirstAdministrator } from './helpers/first-administrator.ts';
import { startServer } from './helpers/server-process.ts';
import {
  dataDirVariable,
  firstAdministratorVariable,
  serverUrlVariable,
} from './helpers/server-url.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const webHandler = path.join(root, 'web', 'build', 'handler.js');

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(webHandler)) {
    throw new Error(
      `The web front end is not built (${webHandler} is missing). Run the browser tests with ` +
        '`npm test` from the repository root, which builds it first, or run `npm run build`.',
    );
  }
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'tenderwise-e2e-'));
  const dataDir = path.join(runDir, 'data');
  const firstAdministratorState = path.join(runDir, 'first-administrator.json');
  const server = await startServer(dataDir).catch(async (error: unknown) => {
    await rm(runDir, { recursive: true, force: true });
    throw error;
  });
  const stop = async () => {
    await server.stop();
    await rm(runDir, { recursive: true, force: true });
  };
  try {
    await saveFirstAdministrator({
      baseURL: server.url,
      dataDir,
      statePath: firstAdministratorState,
    });
    process.env[serverUrlVariable] = server.url;
    process.env[firstAdministratorVariable] = firstAdministratorState;
    // For the operator's tools that tests run against this server (npm run seed).
    process.env[dataDirVariable] = dataDir;
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
