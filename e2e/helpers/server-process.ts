// Starts the production server the way `npm start` runs it: the api serve entry, on a port of
// our own, with a data directory of the caller's. Global setup starts the one server every spec
// shares; a spec that needs an installation in another state (first-run.spec.ts: no
// administrator yet) starts one more for itself.
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
  /** `http://127.0.0.1:<port>`, also the server's PUBLIC_ORIGIN. */
  origin: string;
  /**
   * The first line of standard output that matches, as soon as the server writes it: the
   * readiness signal to wait for, never a fixed time. Rejects if the server exits first or does
   * not write it within `timeoutMs`.
   */
  line(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** SIGTERM, then SIGKILL after ten seconds; resolves once the process has exited. */
  stop(): Promise<void>;
}

/**
 * Spawns a server with the embedded database in `dataDir` (created if missing), whatever the
 * surrounding shell points at. Log lines at error level and the server's standard error go to
 * this process's standard error, where they explain a failing test; the rest is noise here.
 */
export function startServerProcess(options: {
  dataDir: string;
  port: number;
  logLevel: 'info' | 'warn';
}): ServerProcess {
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [serveEntry], {
    cwd: path.join(root, 'api'),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      // PUBLIC_ORIGIN names the address the browser uses, as in production (printed links, the
      // origin checks of the API and of SvelteKit).
      PUBLIC_ORIGIN: origin,
      DATA_DIR: options.dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: options.logLevel,
      // The test client is its own proxy: helpers that set up many people name a client address
      // per acceptance (X-Forwarded-For); the browser sends none and counts as 127.0.0.1.
      TRUSTED_PROXIES: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const written: string[] = [];
  const waiting = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    written.push(line);
    for (const waiter of waiting) {
      if (!waiter.pattern.test(line)) continue;
      waiting.delete(waiter);
      waiter.resolve(line);
    }
    const level = parseLogLine(line)?.level;
    if (typeof level === 'number' && level >= 50) process.stderr.write(`server: ${line}\n`);
  });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`${code ?? signal}`)),
  );

  return {
    origin,
    line(pattern, timeoutMs) {
      const found = written.find((line) => pattern.test(line));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          pattern,
          resolve: (line: string) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          reject(
            new Error(
              `The server wrote no line matching ${pattern} in ${timeoutMs} ms.\n${stderr}`,
            ),
          );
        }, timeoutMs);
        waiting.add(waiter);
        void exited.then((how) => {
          if (!waiting.delete(waiter)) return;
          clearTimeout(timer);
          reject(new Error(`The server exited (${how}) before writing ${pattern}.\n${stderr}`));
        });
      });
    },
    stop: () => stopServer(child),
  };
}

/** A port nothing listens on right now (the OS picks it; the server takes it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A JSON log line of the server, or undefined for anything else it prints. */
export function parseLogLine(line: string): Record<string, unknown> | undefined {
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

export interface StartedServer {
  /** The address the server listens on, which is also its PUBLIC_ORIGIN. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A server on the embedded database in `dataDir`, once its "listening" line says where: for a
 * spec that needs an installation of its own (administration.spec.ts: one without real data).
 */
export async function startServer(dataDir: string): Promise<StartedServer> {
  const server = startServerProcess({ dataDir, port: await freePort(), logLevel: 'info' });
  try {
    const listening = parseLogLine(await server.line(/"msg":"listening"/, startTimeoutMs));
    return { url: String(listening?.url), stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
