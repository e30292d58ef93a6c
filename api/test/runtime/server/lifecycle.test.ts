import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../../../src/db/embedded/layout.ts';
import { migratedDataDir } from '../../fixtures/data-dir.ts';
import {
  entries,
  spawnNode,
  childEnv,
  stackTraceLine,
  startServerProcess,
  terminate,
  type ServerProcess,
} from '../../fixtures/processes.ts';

async function write(url: string, id: string, untilShutdown = false): Promise<number> {
  const response = await fetch(`${url}/api/test-writes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, untilShutdown }),
  });
  return response.status;
}

describe('[pglite] embedded server lifecycle', () => {
  let dataDir: string;
  let remove: () => Promise<void>;
  let server: ServerProcess;

  beforeAll(async () => {
    // The first start on a new data directory is init-crash.test.ts's and `npm run bench`'s.
    ({ dir: dataDir, remove } = await migratedDataDir());
    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
  });
  afterAll(() => remove());

  it('keeps its admin socket readable and writable by its owner only', async () => {
    const socket = await stat(path.join(dataDir, layout.adminSocket));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  });

  // How fast it gives up (target: under 2 s) is measured by `npm run bench`, not here.
  it('refuses a second server on the same DATA_DIR, naming the first one', async () => {
    const second = spawnNode(entries.serve, [], childEnv({ DATA_DIR: dataDir, PORT: '0' }));
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.stderr()).toContain(`PID ${server.pid}`);
    expect(second.stderr()).not.toMatch(stackTraceLine);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('stops cleanly on SIGTERM and finds its data again after a restart', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `before-sigterm-${i}`);
    for (const id of ids) expect(await write(server.url, id)).toBe(201);

    const { code } = await terminate(server);
    expect(code).toBe(0);
    expect(await readdir(dataDir)).toEqual(['pgdata']);

    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
    process.stdout.write(
      `start-up on an existing data directory: ${server.startupMs} ms to the first health answer\n`,
    );
    const stored = (await (await fetch(`${server.url}/api/test-writes`)).json()) as string[];
    expect(stored).toEqual(expect.arrayContaining(ids));
    expect((await terminate(server)).code).toBe(0);
  });

  it('finishes a request in flight before it stops', async () => {
    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
    const slow = write(server.url, 'in-flight', true);
    await server.line(/"msg":"test write in flight"/);
    const stopped = terminate(server);
    expect(await slow).toBe(201);
    expect((await stopped).code).toBe(0);

    server = await startServerProcess(entries.serverWithWrites, { DATA_DIR: dataDir });
    const stored = (await (await fetch(`${server.url}/api/test-writes`)).json()) as string[];
    expect(stored).toContain('in-flight');
  });
});
