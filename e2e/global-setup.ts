// Builds nothing (turbo runs the web and api builds before this package's tests) and starts the
// production server the way `npm start` runs it: the api serve entry on a free port, with a
// fresh data directory that is removed again at the end. Then makes the installation's first
// administrator with the operator's tool and signs them in once; tests set up their users and
// data with that session through the API (see helpers/test.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { saveFirstAdministrator } from './helpers/first-administrator.ts';
import {
  dataDirVariable,
  firstAdministratorVariable,
  serverUrlVariable,
} from './helpers/server-url.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const serveEntry = path.join(root, 'api', 'src', 'cli', 'serve.ts');
const webHandler = path.join(root, 'web', 'build', 'handler.js');
const startTimeoutMs = 60_000;
const stopTimeoutMs = 10_000;

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
  // A port of our own rather than PORT=0: PUBLIC_ORIGIN must name the address the browser uses,
  // as in production (invitation links, the origin checks of the API and of SvelteKit).
  const port = await freePort();
  const server = spawn(process.execPath, [serveEntry], {
    cwd: path.join(root, 'api'),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      // The embedded database, whatever the surrounding shell points at.
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopServer(server);
    await rm(runDir, { recursive: true, force: true });
  };
  try {
    const url = await listeningUrl(server);
    await saveFirstAdministrator({ baseURL: url, dataDir, statePath: firstAdministratorState });
    process.env[serverUrlVariable] = url;
    process.env[firstAdministratorVariable] = firstAdministratorState;
    // For the operator's tools that tests run against this server (npm run seed).
    process.env[dataDirVariable] = dataDir;
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}

/** A port nothing listens on right now (the OS picks it; the server takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with the URL from the server's "listening" log line; rejects if it exits first. */
function listeningUrl(server: ChildProcess): Promise<string> {
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    // Operator messages (such as an unusable build) belong in the test output.
    process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start within ${startTimeoutMs} ms.\n${stderr}`)),
      startTimeoutMs,
    );
    server.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? signal}) before listening.\n${stderr}`));
    });
    createInterface({ input: server.stdout! }).on('line', (line) => {
      const event = parseLogLine(line);
      if (event?.msg === 'listening' && typeof event.url === 'string') {
        clearTimeout(timer);
        resolve(event.url);
      }
      // Errors the server logs while tests run explain failures; the rest is noise here.
      if (event && typeof event.level === 'number' && event.level >= 50) {
        process.stderr.write(`server: ${line}\n`);
      }
    });
  });
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const killer = setTimeout(() => server.kill('SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(killer);
}
