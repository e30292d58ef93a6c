// The production server as `npm start` runs it: the api serve entry on a free port of its own,
// with the data directory given. Global setup starts the one server every test shares; a spec
// that needs an installation in another state (one without real data) starts one of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const serveEntry = path.join(root, 'api', 'src', 'cli', 'serve.ts');
const startTimeoutMs = 60_000;
const stopTimeoutMs = 10_000;

export interface ServerProcess {
  /** The address the server listens on, which is also its PUBLIC_ORIGIN. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a server on the embedded database in `dataDir` and resolves once its "listening" log
 * line says where: no fixed wait. Errors it logs go to standard error, as explanations for a
 * failing test.
 */
export async function startServer(dataDir: string): Promise<ServerProcess> {
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
  try {
    return { url: await listeningUrl(server), stop: () => stopServer(server) };
  } catch (error) {
    await stopServer(server);
    throw error;
  }
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
